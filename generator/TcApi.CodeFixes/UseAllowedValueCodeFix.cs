using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using TcApi.Contract;

namespace TcApi.CodeFixes;

/// <summary>
/// Replaces a value that is not one of the allowed values (TCAPI1014) with the allowed value nearest to it — "Set Role
/// to "slave"" for "slav" — in an initializer, a plain assignment or a list item.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseAllowedValueCodeFix))]
[Shared]
public sealed class UseAllowedValueCodeFix : ReplaceFlaggedValueCodeFix
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("TCAPI1014", "TCAPI2014");

    protected override string Title(Diagnostic diagnostic, string replacement) =>
        diagnostic.Properties.TryGetValue(DiagnosticProperties.FixMember, out var member) && member is not null
            ? $"Set {member} to {replacement}"
            : $"Use {replacement}";
}
