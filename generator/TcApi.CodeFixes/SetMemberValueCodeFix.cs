using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using TcApi.Contract;

namespace TcApi.CodeFixes;

/// <summary>
/// Sets a member to the value that satisfies the rule: for a comparison (TCAPI1010) the left member's nearest
/// satisfying value; for an implies rule (TCAPI1011) the value it requires, e.g. a forbidden flag turned off.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SetMemberValueCodeFix))]
[Shared]
public sealed class SetMemberValueCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("TCAPI1010", "TCAPI1011", "TCAPI2010", "TCAPI2011");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null ||
                !diagnostic.Properties.TryGetValue(DiagnosticProperties.FixMember, out var member) || member is null ||
                !diagnostic.Properties.TryGetValue(DiagnosticProperties.FixValue, out var value) || value is null ||
                InitializerEdits.Enclosing(root, diagnostic.Location) is not { } initializer ||
                InitializerEdits.Assignment(initializer, member) is not { } assignment)
            {
                continue;
            }

            var shown = value.StartsWith("global::", System.StringComparison.Ordinal) ? value.Substring(value.LastIndexOf('.', value.LastIndexOf('.') - 1) + 1) : value;
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Set {member} to {shown}",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(InitializerEdits.ReplaceValue(root, assignment.Right, value))),
                    equivalenceKey: nameof(SetMemberValueCodeFix)),
                diagnostic);
        }
    }
}
