using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TcApi.Generator.Diagnostics;

namespace TcApi.Generator.Analysis;

/// <summary>
/// Reports, at compile time, constants in user code that break a request type's constraints or rules. It reads the
/// rules only from the constraint attributes, so request types from any assembly are checked alike.
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
            var text = new ValueText(symbols.WireValue);
            var singleField = new SingleFieldChecks(text);
            var crossField = new CrossFieldChecks(text);
            start.RegisterOperationAction(context => AnalyzeAssignment(context, reader, singleField), OperationKind.SimpleAssignment);
            start.RegisterOperationAction(context => AnalyzeInitializer(context, reader, crossField), OperationKind.ObjectCreation, OperationKind.With);
        });
    }

    /// <summary>Every assignment of a constrained property: in <c>new</c> and <c>with</c> initializers, and plain ones.</summary>
    private static void AnalyzeAssignment(OperationAnalysisContext context, RuleReader reader, SingleFieldChecks checks)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation { Property: var property } ||
            reader.For(property.ContainingType) is not { } rules ||
            !rules.Members.TryGetValue(property.Name, out var member))
        {
            return;
        }

        var value = ConstantReader.Read(assignment.Value);
        foreach (var finding in checks.Check(member, value, assignment.Value.Syntax))
        {
            context.ReportDiagnostic(finding.ToDiagnostic());
        }
    }

    /// <summary>Cross-field rules among the members one initializer assigns.</summary>
    private static void AnalyzeInitializer(OperationAnalysisContext context, RuleReader reader, CrossFieldChecks checks)
    {
        var (initializer, isWith) = context.Operation switch
        {
            IObjectCreationOperation creation => (creation.Initializer, false),
            IWithOperation with => (with.Initializer, true),
            _ => (null, false),
        };
        if (initializer is null || reader.For(context.Operation.Type) is not { Rules.Count: > 0 } rules)
        {
            return;
        }

        var assigned = new AssignedMembers(initializer, rules, othersAreUnknown: isWith);
        var where = context.Operation.Syntax is ObjectCreationExpressionSyntax { Type: var type } ? type.GetLocation() : context.Operation.Syntax.GetLocation();
        foreach (var finding in checks.Check(rules, assigned, where))
        {
            context.ReportDiagnostic(finding.ToDiagnostic());
        }
    }
}
