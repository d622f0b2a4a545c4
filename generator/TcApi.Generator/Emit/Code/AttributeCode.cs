using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TcApi.Contract;
using TcApi.Generator.Model;

namespace TcApi.Generator.Emit.Code;

/// <summary>The constraint attributes that carry every rule into metadata, for the analyzer and other tools.</summary>
internal static class AttributeCode
{
    private const string Ns = "global::TcApi.Constraints.";

    public static string ForConstraint(ConstraintModel c, bool appliesToItems)
    {
        var named = new List<string>();
        var name = c.Kind switch
        {
            ConstraintKind.Required => "RequiredConstraint",
            ConstraintKind.DefinedEnum => "DefinedEnumConstraint",
            ConstraintKind.Range => "RangeConstraint",
            ConstraintKind.Length => "LengthConstraint",
            ConstraintKind.Pattern => "PatternConstraint",
            ConstraintKind.ItemCount => "ItemCountConstraint",
            ConstraintKind.AllowedValues => "AllowedValuesConstraint",
            ConstraintKind.UniqueItems => "UniqueItemsConstraint",
            ConstraintKind.ByteLength => "ByteLengthConstraint",
            _ => throw new System.ArgumentOutOfRangeException(nameof(c), c.Kind, "a constraint kind without an attribute"),
        };
        switch (c.Kind)
        {
            case ConstraintKind.Range when IsWhole(c):
                AddBound(named, "Minimum", c.Minimum);
                AddBound(named, "Maximum", c.Maximum);
                AddBound(named, "ExclusiveMinimum", c.ExclusiveMinimum);
                AddBound(named, "ExclusiveMaximum", c.ExclusiveMaximum);
                break;
            case ConstraintKind.Range:
                name = "FloatRangeConstraint";
                AddDouble(named, "Minimum", c.Minimum);
                AddDouble(named, "Maximum", c.Maximum);
                AddDouble(named, "ExclusiveMinimum", c.ExclusiveMinimum);
                AddDouble(named, "ExclusiveMaximum", c.ExclusiveMaximum);
                break;
            case ConstraintKind.Length:
                AddBound(named, "MinLength", c.Minimum);
                AddBound(named, "MaxLength", c.Maximum);
                break;
            case ConstraintKind.ByteLength:
                AddBound(named, "MinBytes", c.Minimum);
                AddBound(named, "MaxBytes", c.Maximum);
                break;
            case ConstraintKind.ItemCount:
                AddBound(named, "MinItems", c.Minimum);
                AddBound(named, "MaxItems", c.Maximum);
                break;
        }

        if (appliesToItems)
        {
            named.Add("AppliesToItems = true");
        }

        var positional = new List<string> { CSharpLiteral.String(c.Id), CSharpLiteral.String(c.Message) };
        if (c.Kind == ConstraintKind.Pattern)
        {
            positional.Add(CSharpLiteral.String(c.Pattern!));
        }

        if (c.Kind == ConstraintKind.AllowedValues)
        {
            positional.AddRange(c.Values.Select(CSharpLiteral.String));
        }

        return Attribute(name, positional, Common(named, c.Severity, c.ErrorCode, c.Provenance));
    }

    /// <summary>Integer bounds within <c>long</c> go in the integer attribute; anything else in the floating-point one.</summary>
    private static bool IsWhole(ConstraintModel c) =>
        new[] { c.Minimum, c.Maximum, c.ExclusiveMinimum, c.ExclusiveMaximum }
            .All(b => b is not { } v || (decimal.Truncate(v) == v && v >= long.MinValue && v <= long.MaxValue));

    public static string ForRule(RuleModel r, IReadOnlyDictionary<string, MemberCode> members)
    {
        string Property(string wire) => CSharpLiteral.String(members[wire].Property);
        var positional = new List<string> { CSharpLiteral.String(r.Id), CSharpLiteral.String(r.Message) };
        var named = new List<string>();
        string name;
        switch (r.Kind)
        {
            case RuleKind.ExactlyOneOf:
            case RuleKind.AtMostOneOf:
            case RuleKind.AtLeastOneOf:
                name = r.Kind switch
                {
                    RuleKind.ExactlyOneOf => "ExactlyOneOfRule",
                    RuleKind.AtMostOneOf => "AtMostOneOfRule",
                    RuleKind.AtLeastOneOf => "AtLeastOneOfRule",
                    _ => throw new System.ArgumentOutOfRangeException(nameof(r), r.Kind, "not a one-of rule"),
                };
                positional.AddRange(r.Members.Select(Property));
                if (r.HasNoneSetSeverity && r.Kind != RuleKind.AtMostOneOf)
                {
                    named.Add("NoneSetSeverity = " + SeverityCode(r.NoneSetSeverity));
                }

                break;
            case RuleKind.DependentRequired:
                name = "DependentRequiredRule";
                positional.AddRange(r.Members.Select(Property));
                break;
            case RuleKind.Compare:
                name = "CompareRule";
                positional.Add(Property(r.Left!));
                positional.Add(Ns + "CompareOperator." + r.Operator);
                positional.Add(Property(r.Right!));
                break;
            default:
                name = "ImpliesRule";
                positional.AddRange(Condition(r.When[0], members));
                positional.AddRange(Condition(r.Then[0], members));
                AddMoreConditions(named, "When", r.When, members);
                AddMoreConditions(named, "Then", r.Then, members);
                break;
        }

        return Attribute(name, positional, Common(named, r.Severity, r.ErrorCode, r.Provenance));
    }

    /// <summary>Conditions beyond the first, flattened: attribute arguments cannot nest arrays.</summary>
    private static void AddMoreConditions(List<string> named, string side, EquatableArray<ConditionModel> conditions, IReadOnlyDictionary<string, MemberCode> members)
    {
        if (conditions.Count < 2)
        {
            return;
        }

        var more = conditions.Skip(1).ToList();
        named.Add($"More{side}Members = new string[] {{ {string.Join(", ", more.Select(c => CSharpLiteral.String(members[c.Member].Property)))} }}");
        named.Add($"More{side}Operators = new {Ns}ConditionOperator[] {{ {string.Join(", ", more.Select(c => Ns + "ConditionOperator." + c.Operator))} }}");
        named.Add($"More{side}ValueCounts = new int[] {{ {string.Join(", ", more.Select(c => c.Values.Count.ToString(CultureInfo.InvariantCulture)))} }}");
        named.Add($"More{side}Values = new object[] {{ {string.Join(", ", more.SelectMany(c => c.Values.Select(members[c.Member].Constant)))} }}");
    }

    private static IEnumerable<string> Condition(ConditionModel condition, IReadOnlyDictionary<string, MemberCode> members)
    {
        var member = members[condition.Member];
        yield return CSharpLiteral.String(member.Property);
        yield return Ns + "ConditionOperator." + condition.Operator;
        yield return condition.Values.Count == 0
            ? "new object[0]"
            : "new object[] { " + string.Join(", ", condition.Values.Select(member.Constant)) + " }";
    }

    private static List<string> Common(List<string> named, RuleSeverity severity, string errorCode, Provenance provenance)
    {
        if (severity == RuleSeverity.Warning)
        {
            named.Add("Severity = " + SeverityCode(severity));
        }

        named.Add("ErrorCode = " + CSharpLiteral.String(errorCode));
        if (DocumentedQuote.Of(provenance) is { } quote)
        {
            named.Add("Documented = " + CSharpLiteral.String(quote));
        }

        return named;
    }

    public static string SeverityCode(RuleSeverity severity) =>
        severity switch
        {
            RuleSeverity.Error => "global::TcApi.Validation.RuleSeverity.Error",
            RuleSeverity.Warning => "global::TcApi.Validation.RuleSeverity.Warning",
            _ => throw new System.ArgumentOutOfRangeException(nameof(severity), severity, "a severity the runtime does not define"),
        };

    private static void AddBound(List<string> named, string name, decimal? value)
    {
        if (value is { } v)
        {
            named.Add($"{name} = {((long)v).ToString(CultureInfo.InvariantCulture)}{(v < int.MinValue || v > int.MaxValue ? "L" : string.Empty)}");
        }
    }

    private static void AddDouble(List<string> named, string name, decimal? value)
    {
        if (value is { } v)
        {
            var text = ((double)v).ToString("R", CultureInfo.InvariantCulture);
            named.Add($"{name} = {text}{(text.IndexOf('.') < 0 && text.IndexOf('E') < 0 ? ".0" : string.Empty)}");
        }
    }

    private static string Attribute(string name, IEnumerable<string> positional, IEnumerable<string> named) =>
        $"[{Ns}{name}({string.Join(", ", positional.Concat(named))})]";
}
