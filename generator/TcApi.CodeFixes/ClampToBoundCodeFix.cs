using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace TcApi.CodeFixes;

/// <summary>Replaces a value outside its range (TCAPI1001) with the nearest bound.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ClampToBoundCodeFix))]
[Shared]
public sealed class ClampToBoundCodeFix : ReplaceFlaggedValueCodeFix
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("TCAPI1001", "TCAPI2001");

    protected override string Title(Diagnostic diagnostic, string replacement) => $"Clamp to {replacement}";
}
