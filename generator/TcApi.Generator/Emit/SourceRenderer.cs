using System;
using System.Linq;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Emit.Emitters;
using TcApi.Generator.Model;

namespace TcApi.Generator.Emit;

/// <summary>Renders one <see cref="EmitUnit"/> into the source of its type(s), without the file's header.</summary>
internal static class SourceRenderer
{
    public static RenderedUnit Render(EmitUnit unit, string accessibility)
    {
        try
        {
            var header = unit.Header;
            var source = unit.Kind switch
            {
                FileKind.Enum => EnumEmitter.Emit(header, unit.Enum!, accessibility),
                FileKind.Object => ObjectEmitter.Emit(header, unit.Object!, unit.Enums, accessibility),
                FileKind.Request => RequestEmitter.Emit(header, unit.Action!, unit.Enums, unit.ErrorCodes, accessibility),
                FileKind.Response => ResponseEmitter.Emit(header, unit.Action!, unit.Enums, accessibility),
                FileKind.Errors => ErrorCodeEmitter.Emit(header, unit.ErrorCodes, accessibility),
                FileKind.Client => ClientEmitter.Emit(header, unit.Actions, accessibility),
                _ => ActionsEmitter.Emit(header, unit.Actions, accessibility),
            };
            return new RenderedUnit(unit.Kind, unit.TypeName, source, null, UsesObsolete(unit));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var failure = DiagnosticInfo.Create(DiagnosticDescriptors.GeneratorFailure, null, $"{unit.QualifiedName}: {e.GetType().Name}: {e.Message}");
            return new RenderedUnit(unit.Kind, unit.TypeName, string.Empty, failure, false);
        }
    }

    /// <summary>Whether the unit's code touches members or actions Tencent marks deprecated (they are [Obsolete]).</summary>
    private static bool UsesObsolete(EmitUnit unit) => unit.Kind switch
    {
        FileKind.Object => unit.Object!.Members.Any(m => m.Deprecated),
        FileKind.Request => unit.Action!.Status != ActionStatus.Online || unit.Action.Input.Any(m => m.Deprecated),
        FileKind.Response => unit.Action!.Status != ActionStatus.Online || unit.Action.Output.Any(m => m.Deprecated),
        FileKind.Client => unit.Actions.Any(a => a.Status != ActionStatus.Online || ClientTouchesDeprecated(a)),
        FileKind.Actions => unit.Actions.Any(a => a.Status != ActionStatus.Online),
        _ => false,
    };

    /// <summary>The client's page walkers and waiters read and set members of the request and response, which may be deprecated.</summary>
    private static bool ClientTouchesDeprecated(ActionSummary action) =>
        (action.Paging is { } paging && new[] { paging.Items, paging.Offset, paging.Limit, paging.Total, paging.RequestToken, paging.ResponseToken }.Any(m => m?.Deprecated == true))
        || action.Waiters.Any(waiter => waiter.Status.Deprecated || waiter.Items?.Deprecated == true);
}

/// <summary>
/// The source of one unit's type(s), or the failure that kept it from being rendered. A render the cache reuses is the
/// same instance (file assembly relies on it, and tests read it to see what an edit re-rendered).
/// </summary>
internal sealed class RenderedUnit : IEquatable<RenderedUnit>
{
    public RenderedUnit(FileKind kind, string typeName, string source, DiagnosticInfo? failure, bool usesObsolete)
    {
        Kind = kind;
        TypeName = typeName;
        Source = source;
        Failure = failure;
        UsesObsolete = usesObsolete;
    }

    public FileKind Kind { get; }

    public string TypeName { get; }

    public string Source { get; }

    public DiagnosticInfo? Failure { get; }

    public bool UsesObsolete { get; }

    public bool Equals(RenderedUnit? other) =>
        other is not null && Kind == other.Kind && TypeName == other.TypeName && Source == other.Source && Equals(Failure, other.Failure);

    public override bool Equals(object? obj) => Equals(obj as RenderedUnit);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(TypeName);
}

/// <summary>A generated file: its hint name and text.</summary>
internal sealed record GeneratedFile(string HintName, Microsoft.CodeAnalysis.Text.SourceText Source);

/// <summary>
/// Every file of one service, and the units they were assembled from: one pipeline value per service, so unrelated
/// edits cost one cached step per service, whatever its size.
/// </summary>
internal sealed record ServiceFiles(string Key, EquatableArray<RenderedUnit> Units, EquatableArray<GeneratedFile> Files);
