using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TcApi.Generator.Analysis;

namespace TcApi.CodeFixes;

/// <summary>
/// Replaces a value that is not one of the allowed values (TCAPI1014) with the allowed value nearest to it — "Set Role
/// to "slave"" for "slav" — in an initializer, a plain assignment or a list item.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseAllowedValueCodeFix))]
[Shared]
public sealed class UseAllowedValueCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("TCAPI1014");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value ||
                !diagnostic.Properties.TryGetValue(DiagnosticProperties.FixValue, out var allowed) || allowed is null)
            {
                continue;
            }

            var title = diagnostic.Properties.TryGetValue(DiagnosticProperties.FixMember, out var member) && member is not null
                ? $"Set {member} to {allowed}"
                : $"Use {allowed}";
            context.RegisterCodeFix(
                CodeAction.Create(
                    title,
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(InitializerEdits.ReplaceValue(root, value, allowed))),
                    equivalenceKey: nameof(UseAllowedValueCodeFix)),
                diagnostic);
        }
    }
}
