using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TcApi.Contract;

namespace TcApi.CodeFixes;

/// <summary>
/// The fixes that replace the flagged value itself with the one the analyzer computed (its FixValue property): a
/// bound for a range, an allowed value for a list of values. Subclasses name the diagnostic and the title.
/// </summary>
public abstract class ReplaceFlaggedValueCodeFix : CodeFixProvider
{
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value ||
                !diagnostic.Properties.TryGetValue(DiagnosticProperties.FixValue, out var replacement) || replacement is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    Title(diagnostic, replacement),
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(InitializerEdits.ReplaceValue(root, value, replacement))),
                    equivalenceKey: GetType().Name),
                diagnostic);
        }
    }

    /// <summary>The fix's title for <paramref name="replacement"/>, the C# text that replaces the value.</summary>
    protected abstract string Title(Diagnostic diagnostic, string replacement);
}
