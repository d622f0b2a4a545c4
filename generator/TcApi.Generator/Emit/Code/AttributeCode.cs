using System.Collections.Generic;
using System.Linq;
using TcApi.Generator.Model;

namespace TcApi.Generator.Emit;

/// <summary>The constraint attributes that carry every rule into metadata, for the analyzer and other tools.</summary>
internal static class AttributeCode
{
    private const string Ns = "global::TcApi.Constraints.";

    public static string ForConstraint(ConstraintModel c, bool appliesToItems)
    {
        var named = new List<string>();
        switch (c.Kind)
        {
            case ConstraintKind.Range:
                AddBound(named, "Minimum", c.Minimum);
                AddBound(named, "Maximum", c.Maximum);
                AddBound(named, "ExclusiveMinimum", c.ExclusiveMinimum);
                AddBound(named, "ExclusiveMaximum", c.ExclusiveMaximum);
                break;
            case ConstraintKind.Length:
                AddBound(named, "MinLength", c.Minimum);
                AddBound(named, "MaxLength", c.Maximum);
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

        var name = c.Kind switch
        {
            ConstraintKind.Required => "RequiredConstraint",
            ConstraintKind.DefinedEnum => "DefinedEnumConstraint",
            ConstraintKind.Range => "RangeConstraint",
            ConstraintKind.Length => "LengthConstraint",
            ConstraintKind.Pattern => "PatternConstraint",
            ConstraintKind.ItemCount => "ItemCountConstraint",
            _ => "UniqueItemsConstraint",
        };
        var positional = new List<string> { CSharpLiteral.String(c.Id), CSharpLiteral.String(c.Message) };
        if (c.Kind == ConstraintKind.Pattern)
        {
            positional.Add(CSharpLiteral.String(c.Pattern!));
        }

        return Attribute(name, positional, Common(named, c.Severity, c.ErrorCode));
    }

    public static string ForRule(RuleModel r, IReadOnlyDictionary<string, MemberCode> members)
    {
        string Property(string wire) => CSharpLiteral.String(members[wire].Member.PropertyName);
        var positional = new List<string> { CSharpLiteral.String(r.Id), CSharpLiteral.String(r.Message) };
        var named = new List<string>();
        string name;
        switch (r.Kind)
        {
            case RuleKind.ExactlyOneOf:
            case RuleKind.AtMostOneOf:
                name = r.Kind == RuleKind.ExactlyOneOf ? "ExactlyOneOfRule" : "AtMostOneOfRule";
                positional.AddRange(r.Members.Select(Property));
                if (r.HasNoneSetSeverity)
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
                positional.AddRange(Condition(r.When!, members));
                positional.AddRange(Condition(r.Then!, members));
                break;
        }

        return Attribute(name, positional, Common(named, r.Severity, r.ErrorCode));
    }

    private static IEnumerable<string> Condition(ConditionModel condition, IReadOnlyDictionary<string, MemberCode> members)
    {
        var member = members[condition.Member];
        yield return CSharpLiteral.String(member.Member.PropertyName);
        yield return Ns + "ConditionOperator." + condition.Operator;
        yield return condition.Values.Count == 0
            ? "new object[0]"
            : "new object[] { " + string.Join(", ", condition.Values.Select(member.Constant)) + " }";
    }

    private static List<string> Common(List<string> named, Severity severity, string errorCode)
    {
        if (severity == Severity.Warning)
        {
            named.Add("Severity = " + SeverityCode(severity));
        }

        named.Add("ErrorCode = " + CSharpLiteral.String(errorCode));
        return named;
    }

    public static string SeverityCode(Severity severity) =>
        "global::TcApi.Validation.RuleSeverity." + (severity == Severity.Warning ? "Warning" : "Error");

    private static void AddBound(List<string> named, string name, long? value)
    {
        if (value is { } v)
        {
            named.Add($"{name} = {CSharpLiteral.Integer(v)}");
        }
    }

    private static string Attribute(string name, IEnumerable<string> positional, IEnumerable<string> named) =>
        $"[{Ns}{name}({string.Join(", ", positional.Concat(named))})]";
}
