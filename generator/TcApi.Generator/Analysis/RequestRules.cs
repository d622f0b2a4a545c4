using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using TcApi.Contract;
using TcApi.Generator.Model;

namespace TcApi.Generator.Analysis;

/// <summary>Every constraint and rule of one request or object type, read from its attributes.</summary>
internal sealed class RequestRules
{
    public Dictionary<string, MemberRules> Members { get; } = new();

    public List<CrossRule> Rules { get; } = new();

    /// <summary>Whether the type has nothing to check (it may still have wire names).</summary>
    public bool IsEmpty => Rules.Count == 0 && Members.Values.All(m => m.Constraints.Count == 0);
}

/// <summary>A property with its wire name and constraints.</summary>
internal sealed class MemberRules
{
    public MemberRules(IPropertySymbol property, string wireName)
    {
        Property = property;
        WireName = wireName;
        AlwaysPresent = property.Type.IsValueType && property.Type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T;
        ItemType = property.Type is INamedTypeSymbol { IsGenericType: true } generic && generic.TypeArguments.Length == 1 &&
                   generic.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T
            ? Unwrap(generic.TypeArguments[0])
            : null;
        ValueType = Unwrap(property.Type);
    }

    public IPropertySymbol Property { get; }

    public string Name => Property.Name;

    public string WireName { get; }

    /// <summary>A non-nullable value type: always present, whatever it is assigned.</summary>
    public bool AlwaysPresent { get; }

    /// <summary>The value's type without <c>?</c>.</summary>
    public ITypeSymbol ValueType { get; }

    /// <summary>The item type of a list member.</summary>
    public ITypeSymbol? ItemType { get; }

    public List<MemberRule> Constraints { get; } = new();

    private static ITypeSymbol Unwrap(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;
}

/// <summary>One single-member constraint, as its attribute states it.</summary>
internal sealed class MemberRule
{
    public ConstraintKind Kind { get; set; }

    public string RuleId { get; set; } = string.Empty;

    public string Message { get; set; } = string.Empty;

    public DiagnosticSeverity Severity { get; set; } = DiagnosticSeverity.Error;

    /// <summary>A range's bound, or the least length or item count.</summary>
    public Number? Minimum { get; set; }

    /// <summary>A range's bound, or the greatest length or item count.</summary>
    public Number? Maximum { get; set; }

    public Number? ExclusiveMinimum { get; set; }

    public Number? ExclusiveMaximum { get; set; }

    public string? Pattern { get; set; }

    /// <summary>The allowed values' wire text.</summary>
    public IReadOnlyList<string> Values { get; set; } = new List<string>();

    public bool AppliesToItems { get; set; }

    /// <summary>The shortened sentence of a documented (mined) constraint; <see langword="null"/> for a curated one.</summary>
    public string? Documented { get; set; }
}

/// <summary>One cross-field rule, as its attribute states it. Members are C# property names.</summary>
internal sealed class CrossRule
{
    public RuleKind Kind { get; set; }

    public string RuleId { get; set; } = string.Empty;

    public string Message { get; set; } = string.Empty;

    public DiagnosticSeverity Severity { get; set; } = DiagnosticSeverity.Error;

    public DiagnosticSeverity NoneSetSeverity { get; set; } = DiagnosticSeverity.Error;

    /// <summary>The shortened sentence of a documented (mined) rule; <see langword="null"/> for a curated one.</summary>
    public string? Documented { get; set; }

    public IReadOnlyList<string> Members { get; set; } = new List<string>();

    public CompareOperator Operator { get; set; }

    /// <summary>An implies rule's conditions: when all of them hold, all of <see cref="Then"/> must.</summary>
    public IReadOnlyList<Condition> When { get; set; } = new List<Condition>();

    public IReadOnlyList<Condition> Then { get; set; } = new List<Condition>();
}

/// <summary>A test on one member of an implies rule.</summary>
internal sealed record Condition(string Member, ConditionOperator Operator, IReadOnlyList<ConstValue> Values);
