using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using TcApi.Generator.Diagnostics;

namespace TcApi.Generator.Analysis;

/// <summary>
/// Reports, at compile time, constants in user code that break a request type's constraints or rules. It reads the
/// rules only from the constraint attributes of types marked [ApiRequest] (every generated request type), so request
/// types from any assembly are checked alike.
/// </summary>
[DiagnosticAnalyzer(Microsoft.CodeAnalysis.LanguageNames.CSharp)]
public sealed class ConstraintAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.RangeViolation,
        DiagnosticDescriptors.LengthViolation,
        DiagnosticDescriptors.PatternViolation,
        DiagnosticDescriptors.EnumViolation,
        DiagnosticDescriptors.ItemCountViolation,
        DiagnosticDescriptors.UniqueItemsViolation,
        DiagnosticDescriptors.ExactlyOneOfViolation,
        DiagnosticDescriptors.AtMostOneOfViolation,
        DiagnosticDescriptors.DependentRequiredViolation,
        DiagnosticDescriptors.CompareViolation,
        DiagnosticDescriptors.ImpliesViolation,
        DiagnosticDescriptors.RequiredViolation);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            // Nothing to do in a compilation that does not reference the TcApi runtime.
            if (ConstraintSymbols.Resolve(start.Compilation) is not { } symbols)
            {
                return;
            }

            var reader = new RuleReader(symbols);
            var names = new RequestTypeNames(start.Compilation, reader);
            var text = new ValueText(symbols.WireValue);
            var singleField = new SingleFieldChecks(text);
            var crossField = new CrossFieldChecks(text);

            // Syntax actions, not operation actions: the IOperation tree is built only for the few expressions that
            // create or assign a request type, not for every method body of the compilation.
            start.RegisterSyntaxNodeAction(
                context => AnalyzeInitializer(context, reader, names, singleField, crossField),
                SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression, SyntaxKind.WithExpression);
            start.RegisterSyntaxNodeAction(context => AnalyzeAssignment(context, reader, names, singleField), SyntaxKind.SimpleAssignmentExpression);
        });
    }

    /// <summary>A plain assignment outside any initializer (initializers are analyzed with their creation).</summary>
    private static void AnalyzeAssignment(SyntaxNodeAnalysisContext context, RuleReader reader, RequestTypeNames names, SingleFieldChecks checks)
    {
        var assignment = (AssignmentExpressionSyntax)context.Node;
        if (assignment.Parent is InitializerExpressionSyntax ||
            !names.IsConstrainedMemberName(RightmostName(assignment.Left)) ||
            context.SemanticModel.GetSymbolInfo(assignment.Left, context.CancellationToken).Symbol is not IPropertySymbol property ||
            reader.For(property.ContainingType) is not { } rules ||
            !rules.Members.TryGetValue(property.Name, out var member))
        {
            return;
        }

        var value = ConstantReader.Read(assignment.Right, context.SemanticModel, member, context.CancellationToken);
        Report(context, checks.Check(member, value, assignment.Right));
    }

    /// <summary>Every member a <c>new</c> or <c>with</c> initializer assigns, then the rules among them.</summary>
    private static void AnalyzeInitializer(SyntaxNodeAnalysisContext context, RuleReader reader, RequestTypeNames names, SingleFieldChecks singleField, CrossFieldChecks crossField)
    {
        var (initializer, isWith) = context.Node switch
        {
            BaseObjectCreationExpressionSyntax creation => (creation.Initializer, false),
            WithExpressionSyntax with => (with.Initializer, true),
            _ => (null, false),
        };
        if (initializer is null || initializer.Expressions.Count == 0 || !MayCreateRequest(context.Node, initializer, names) ||
            reader.For(CreatedType(context)) is not { } rules)
        {
            return;
        }

        // In an initializer a name can only be a member of the created type: no binding is needed to find it.
        var assigned = new AssignedMembers(rules, othersAreUnknown: isWith);
        foreach (var expression in initializer.Expressions)
        {
            if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } assignment &&
                assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) &&
                rules.Members.TryGetValue(name.Identifier.ValueText, out var member))
            {
                var value = ConstantReader.Read(assignment.Right, context.SemanticModel, member, context.CancellationToken);
                assigned.Add(member.Name, value, assignment);
                Report(context, singleField.Check(member, value, assignment.Right));
            }
        }

        if (rules.Rules.Count > 0)
        {
            var where = context.Node is ObjectCreationExpressionSyntax { Type: var type } ? type.GetLocation() : context.Node.GetLocation();
            Report(context, crossField.Check(rules, assigned, where));
        }
    }

    /// <summary>
    /// The type a <c>new T</c> names, bound speculatively as a type (cheap: the method body is not bound); the type of
    /// a target-typed <c>new()</c> or a <c>with</c> needs the full semantic model.
    /// </summary>
    private static ITypeSymbol? CreatedType(SyntaxNodeAnalysisContext context) =>
        context.Node is ObjectCreationExpressionSyntax { Type: var type }
            ? context.SemanticModel.GetSpeculativeTypeInfo(context.Node.SpanStart, type, SpeculativeBindingOption.BindAsTypeOrNamespace).Type
            : context.SemanticModel.GetTypeInfo(context.Node, context.CancellationToken).Type;

    /// <summary>Whether the syntax alone leaves room for a request type: its name, or (for new() and with) a member name.</summary>
    private static bool MayCreateRequest(SyntaxNode node, InitializerExpressionSyntax initializer, RequestTypeNames names) =>
        node is ObjectCreationExpressionSyntax { Type: var type }
            ? names.IsRequestTypeName(RightmostName(type))
            : initializer.Expressions.Any(e => e is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } && names.IsConstrainedMemberName(name.Identifier.ValueText));

    private static string RightmostName(SyntaxNode node) => node switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => string.Empty,
    };

    private static void Report(SyntaxNodeAnalysisContext context, IEnumerable<Finding> findings)
    {
        foreach (var finding in findings)
        {
            context.ReportDiagnostic(finding.ToDiagnostic());
        }
    }
}
