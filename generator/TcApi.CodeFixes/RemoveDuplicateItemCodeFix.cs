using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TcApi.Contract;

namespace TcApi.CodeFixes;

/// <summary>Removes the repeated item a TCAPI1006 points at, from a collection expression or array initializer.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveDuplicateItemCodeFix))]
[Shared]
public sealed class RemoveDuplicateItemCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("TCAPI1006", "TCAPI2006");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics.Where(d => d.Properties.ContainsKey(DiagnosticProperties.RemoveItem)))
        {
            var item = root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var edited = item?.Parent switch
            {
                ExpressionElementSyntax { Parent: CollectionExpressionSyntax list } element => root!.ReplaceNode(list, list.WithElements(list.Elements.Remove(element))),
                InitializerExpressionSyntax array when item is ExpressionSyntax expression => root!.ReplaceNode(array, array.WithExpressions(array.Expressions.Remove(expression))),
                _ => null,
            };
            if (edited is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Remove the duplicate {item}",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(edited)),
                    equivalenceKey: nameof(RemoveDuplicateItemCodeFix)),
                diagnostic);
        }
    }
}
