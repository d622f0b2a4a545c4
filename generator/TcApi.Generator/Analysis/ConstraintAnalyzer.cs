using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TcApi.Generator.Diagnostics;

namespace TcApi.Generator.Analysis;

/// <summary>
/// Reports, at compile time, constants in user code that break a request's or request object's constraints or rules.
/// It reads the rules only from the constraint attributes of types marked [ApiRequest] or [ApiObject] (every generated
/// request type and every data object requests use), so types from any assembly are checked alike. An object nested in
/// a request's initializer is a <c>new</c> of its own and is checked as such, wherever it stands.
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
        DiagnosticDescriptors.RequiredViolation,
        DiagnosticDescriptors.AtLeastOneOfViolation,
        DiagnosticDescriptors.AllowedValuesViolation,
        DiagnosticDescriptors.ByteLengthViolation,
        DiagnosticDescriptors.DocumentedRangeViolation,
        DiagnosticDescriptors.DocumentedLengthViolation,
        DiagnosticDescriptors.DocumentedPatternViolation,
        DiagnosticDescriptors.DocumentedItemCountViolation,
        DiagnosticDescriptors.DocumentedUniqueItemsViolation,
        DiagnosticDescriptors.DocumentedExactlyOneOfViolation,
        DiagnosticDescriptors.DocumentedAtMostOneOfViolation,
        DiagnosticDescriptors.DocumentedDependentRequiredViolation,
        DiagnosticDescriptors.DocumentedCompareViolation,
        DiagnosticDescriptors.DocumentedImpliesViolation,
        DiagnosticDescriptors.DocumentedAtLeastOneOfViolation,
        DiagnosticDescriptors.DocumentedAllowedValuesViolation,
        DiagnosticDescriptors.DocumentedByteLengthViolation);

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

            var reader = new AttributeRuleReader(symbols);
            var names = new RequestTypeNames(start.Compilation, reader);
            var text = new ValueText(symbols.WireValue);
            var singleField = new SingleFieldChecks(text);
            var crossField = new CrossFieldChecks(text);

            // Syntax actions, not operation actions: no IOperation tree is built, and only the few expressions that
            // create or assign a request or object type are bound at all.
            start.RegisterSyntaxNodeAction(
                context => AnalyzeInitializer(context, reader, names, singleField, crossField),
                SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression, SyntaxKind.WithExpression);
            start.RegisterSyntaxNodeAction(context => AnalyzeAssignment(context, reader, names, singleField), SyntaxKind.SimpleAssignmentExpression);
        });
    }

    /// <summary>A plain assignment outside any initializer (initializers are analyzed with their creation).</summary>
    private static void AnalyzeAssignment(SyntaxNodeAnalysisContext context, AttributeRuleReader reader, RequestTypeNames names, SingleFieldChecks checks)
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
    private static void AnalyzeInitializer(SyntaxNodeAnalysisContext context, AttributeRuleReader reader, RequestTypeNames names, SingleFieldChecks singleField, CrossFieldChecks crossField)
    {
        var (initializer, isWith) = context.Node switch
        {
            BaseObjectCreationExpressionSyntax creation => (creation.Initializer, false),
            WithExpressionSyntax with => (with.Initializer, true),
            _ => (null, false),
        };
        // `new T()` and `new T { }` set nothing, which a one-of rule can forbid; an empty new() or with has nothing to check.
        var setsNothing = initializer is null || initializer.Expressions.Count == 0;
        if ((setsNothing && context.Node is not ObjectCreationExpressionSyntax { ArgumentList: null or { Arguments.Count: 0 } }) ||
            !MayCreateApiType(context.Node, initializer, names) ||
            reader.For(CreatedType(context)) is not { } rules)
        {
            return;
        }

        // In an initializer a name can only be a member of the created type: no binding is needed to find it.
        var assigned = new AssignedMembers(rules, othersAreUnknown: isWith);
        foreach (var expression in initializer?.Expressions ?? default)
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
            Report(context, crossField.Check(rules, assigned, CreationLocation(context.Node)));
        }
    }

    /// <summary>Where a rule broken by a missing member is reported: the type name of <c>new T</c>, else <c>new()</c> or <c>with</c>.</summary>
    private static Location CreationLocation(SyntaxNode node) => node switch
    {
        ObjectCreationExpressionSyntax { Type: var type } => type.GetLocation(),
        ImplicitObjectCreationExpressionSyntax creation =>
            Location.Create(creation.SyntaxTree, TextSpan.FromBounds(creation.NewKeyword.SpanStart, creation.ArgumentList.Span.End)),
        WithExpressionSyntax with => with.WithKeyword.GetLocation(),
        _ => node.GetLocation(),
    };

    /// <summary>
    /// The type a <c>new T</c> names, bound speculatively as a type (cheap: the method body is not bound); the type of
    /// a target-typed <c>new()</c> or a <c>with</c> needs the full semantic model.
    /// </summary>
    private static ITypeSymbol? CreatedType(SyntaxNodeAnalysisContext context) =>
        context.Node is ObjectCreationExpressionSyntax { Type: var type }
            ? context.SemanticModel.GetSpeculativeTypeInfo(context.Node.SpanStart, type, SpeculativeBindingOption.BindAsTypeOrNamespace).Type
            : TypeOf((ExpressionSyntax)context.Node, context);

    /// <summary>
    /// An expression's type, or the type it is converted to. Roslyn 4.8 gives no type at all for an element of a
    /// collection expression (<c>Listeners = [new() { ... }]</c>): it is the item type of the collection's.
    /// </summary>
    private static ITypeSymbol? TypeOf(ExpressionSyntax expression, SyntaxNodeAnalysisContext context)
    {
        var info = context.SemanticModel.GetTypeInfo(expression, context.CancellationToken);
        if (info.Type is { TypeKind: not TypeKind.Error } type)
        {
            return type;
        }

        return info.ConvertedType ?? (expression.Parent is ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection } ? ItemType(TypeOf(collection, context)) : null);
    }

    private static ITypeSymbol? ItemType(ITypeSymbol? collection) => collection switch
    {
        IArrayTypeSymbol array => array.ElementType,
        INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Collections_Generic_IEnumerable_T } enumerable => enumerable.TypeArguments[0],
        { } other => other.AllInterfaces.FirstOrDefault(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)?.TypeArguments[0],
        null => null,
    };

    /// <summary>Whether the syntax alone leaves room for a checked type: its name, or (for new() and with) a member name.</summary>
    private static bool MayCreateApiType(SyntaxNode node, InitializerExpressionSyntax? initializer, RequestTypeNames names) =>
        node is ObjectCreationExpressionSyntax { Type: var type }
            ? names.IsApiTypeName(RightmostName(type))
            : initializer is not null && initializer.Expressions.Any(e => e is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } && names.IsCheckedMemberName(name.Identifier.ValueText));

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
