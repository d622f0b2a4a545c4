using TcApi.Generator.Emit.Code;
using TcApi.Generator.Emit.Docs;
using TcApi.Generator.Model;

namespace TcApi.Generator.Emit.Emitters.Parts;

/// <summary>
/// The client's call of any action by name with a JSON body, <c>CallActionAsync</c>: an action of the binding is found in
/// its <c>&lt;Service&gt;Actions</c> table and validated by its own reader and rules; any other goes as given, with the
/// service and version of the binding, treated as not idempotent.
/// </summary>
internal static class ByNamePart
{
    private static readonly (string Type, string Name)[] Bodies =
    {
        ("global::System.Text.Json.JsonElement", "body"),
        ("global::System.ReadOnlyMemory<byte>", "utf8Body"),
        ("string", "body"),
    };

    public static void Write(SourceWriter w, ServiceHeader header, string ns)
    {
        var actions = $"global::{ns}.{header.ServiceTypeName}Actions";
        w.Line();
        w.Line("/// <summary>The service, version and name of an action this binding does not have, for a call by name.</summary>");
        w.Line("private static global::TcApi.Client.ApiActionInfo ActionByName(string action) =>");
        w.Indent().Line($"new({CSharpLiteral.String(header.Service)}, {CSharpLiteral.String(header.ApiVersion)}, action, Idempotent: false, RateLimitPerSecond: null);").Unindent();
        foreach (var (type, name) in Bodies)
        {
            w.Line();
            w.Line("/// <summary>");
            w.Line($"/// Calls the action named <paramref name=\"action\"/> of {XmlDocText.Escape(header.Service)} {XmlDocText.Escape(header.ApiVersion)} with a JSON body, sent as given, and returns");
            w.Line("/// the answer's <c>Response</c> as JSON (dispose it when done). An action of this binding is validated as its typed");
            w.Line("/// call is and keeps its idempotency and rate limit; any other is sent unvalidated and never repeated once it may");
            w.Line("/// have reached the service (to say otherwise, call <see cref=\"Core\"/> with an <see cref=\"global::TcApi.Client.ApiActionInfo\"/>).");
            w.Line("/// </summary>");
            w.Line("/// <exception cref=\"global::System.ArgumentException\">The body is not one JSON object.</exception>");
            w.Line("/// <exception cref=\"global::TcApi.Validation.RequestValidationException\">The body breaks a rule of an action of this binding (when validation is on).</exception>");
            w.Line("/// <exception cref=\"global::TcApi.Errors.TencentCloudApiException\">The service answered with an error.</exception>");
            w.Line("/// <exception cref=\"global::TcApi.Errors.TencentCloudException\">The call failed in transport, timed out, or the answer was unreadable.</exception>");
            w.Line("public virtual global::System.Threading.Tasks.Task<global::TcApi.Client.JsonAnswer> CallActionAsync(");
            w.Indent();
            w.Line("string action,");
            w.Line($"{type} {name},");
            w.Line("global::System.Threading.CancellationToken cancellationToken = default) =>");
            w.Line($"{actions}.Find(action) is {{ }} known");
            w.Indent();
            w.Line($"? Core.CallActionAsync(known, {name}, cancellationToken)");
            w.Line($": Core.CallActionAsync(ActionByName(action), {name}, cancellationToken);");
            w.Unindent();
            w.Unindent();
        }
    }
}
