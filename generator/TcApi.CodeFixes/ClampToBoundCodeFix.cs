using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TcApi.Generator.Analysis;

namespace TcApi.CodeFixes;

/// <summary>Replaces a value outside its range (TCAPI1001) with the nearest bound.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ClampToBoundCodeFix))]
[Shared]
public sealed class ClampToBoundCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("TCAPI1001");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value ||
                !diagnostic.Properties.TryGetValue(DiagnosticProperties.FixValue, out var bound) || bound is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Clamp to {bound}",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(InitializerEdits.ReplaceValue(root, value, bound))),
                    equivalenceKey: nameof(ClampToBoundCodeFix)),
                diagnostic);
        }
    }
}
