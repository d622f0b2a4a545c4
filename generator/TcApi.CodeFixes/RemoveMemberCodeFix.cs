using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using TcApi.Contract;

namespace TcApi.CodeFixes;

/// <summary>
/// Offers to remove each member a one-of rule (TCAPI1007, TCAPI1008) finds set too often — "Remove ProxyId",
/// "Remove GroupId" — and the member an implies rule (TCAPI1011) requires to be absent.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveMemberCodeFix))]
[Shared]
public sealed class RemoveMemberCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("TCAPI1007", "TCAPI1008", "TCAPI1011", "TCAPI2007", "TCAPI2008", "TCAPI2011");

    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null ||
                !diagnostic.Properties.TryGetValue(DiagnosticProperties.RemovableMembers, out var members) || members is null ||
                InitializerEdits.Enclosing(root, diagnostic.Location) is not { } initializer)
            {
                continue;
            }

            foreach (var member in members.Split(','))
            {
                if (InitializerEdits.Assignment(initializer, member) is not { } assignment)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Remove {member}",
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(InitializerEdits.RemoveMember(root, initializer, assignment))),
                        equivalenceKey: nameof(RemoveMemberCodeFix) + "." + member),
                    diagnostic);
            }
        }
    }
}
