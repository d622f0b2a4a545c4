using TcApi.Generator.Model;

namespace TcApi.Generator.Emit.Emitters;

/// <summary>What the request, response and client say about an action's status.</summary>
internal static class ActionFacts
{
    public static string StatusText(ActionStatus status) => status == ActionStatus.Offline
        ? "Offline: Tencent's metadata says the service no longer serves this action."
        : "Deprecated: Tencent's metadata marks this action deprecated.";

    /// <summary>The <c>[Obsolete]</c> attribute for an action that is not online, or <see langword="null"/>.</summary>
    public static string? Obsolete(ActionStatus status) => status == ActionStatus.Online
        ? null
        : "[global::System.Obsolete(" + Code.CSharpLiteral.String(StatusText(status)) + ")]";
}
