using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace TcApi.CodeFixes;

/// <summary>Edits of the object initializer or <c>with</c> expression a diagnostic stands in.</summary>
internal static class InitializerEdits
{
    public static InitializerExpressionSyntax? Enclosing(SyntaxNode root, Location location) =>
        root.FindNode(location.SourceSpan, getInnermostNodeForTie: true)
            .AncestorsAndSelf()
            .OfType<InitializerExpressionSyntax>()
            .FirstOrDefault(i => i.IsKind(SyntaxKind.ObjectInitializerExpression) || i.IsKind(SyntaxKind.WithInitializerExpression));

    public static AssignmentExpressionSyntax? Assignment(InitializerExpressionSyntax initializer, string member) =>
        initializer.Expressions.OfType<AssignmentExpressionSyntax>()
            .FirstOrDefault(a => a.Left is IdentifierNameSyntax name && name.Identifier.ValueText == member);

    public static SyntaxNode RemoveMember(SyntaxNode root, InitializerExpressionSyntax initializer, AssignmentExpressionSyntax assignment)
    {
        var remaining = initializer.Expressions.Remove(assignment);
        return root.ReplaceNode(initializer, initializer.WithExpressions(remaining).WithAdditionalAnnotations(Formatter.Annotation));
    }

    public static SyntaxNode ReplaceValue(SyntaxNode root, ExpressionSyntax value, string replacement) =>
        root.ReplaceNode(value, Parse(replacement, value));

    private static ExpressionSyntax Parse(string text, SyntaxNode replaced) =>
        SyntaxFactory.ParseExpression(text)
            .WithTriviaFrom(replaced)
            .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
}
