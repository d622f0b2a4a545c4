using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using TcApi.Generator.Model;

namespace TcApi.Generator.Rules;

/// <summary>
/// Evaluates an action's constraints and rules on wire values, with the same semantics as the generated
/// validator. The generator runs it on every example of a spec.
/// </summary>
internal static class RuleEvaluator
{
    /// <summary>The ids of the rules <paramref name="values"/> break, in spec order, each once.</summary>
    public static IReadOnlyList<string> Violations(ActionModel action, IReadOnlyDictionary<string, EnumModel> enums, IReadOnlyDictionary<string, SpecValue> values)
    {
        var broken = new List<string>();
        void Add(string id)
        {
            if (!broken.Contains(id))
            {
                broken.Add(id);
            }
        }

        foreach (var member in action.Input)
        {
            var value = values.TryGetValue(member.WireName, out var v) ? v : SpecValue.Absent;
            foreach (var constraint in member.Constraints)
            {
                if (!Holds(constraint, member, value, enums))
                {
                    Add(constraint.Id);
                }
            }

            if (member.IsList && value.Kind == SpecValueKind.List)
            {
                foreach (var constraint in member.ItemConstraints)
                {
                    if (value.Items.Any(item => !Holds(constraint, member, item, enums)))
                    {
                        Add(constraint.Id);
                    }
                }
            }
        }

        foreach (var rule in action.Rules)
        {
            if (!Holds(rule, values))
            {
                Add(rule.Id);
            }
        }

        return broken;
    }

    private static bool Holds(ConstraintModel constraint, MemberModel member, SpecValue value, IReadOnlyDictionary<string, EnumModel> enums)
    {
        if (constraint.Kind == ConstraintKind.Required)
        {
            return value.IsPresent;
        }

        if (!value.IsPresent)
        {
            return true;
        }

        switch (constraint.Kind)
        {
            case ConstraintKind.DefinedEnum:
                return enums[member.EnumName!].Values.Any(v => v.WireString == value.ToString());
            case ConstraintKind.Range:
                var n = value.Integer;
                return !(n < constraint.Minimum) && !(n > constraint.Maximum) && !(n <= constraint.ExclusiveMinimum) && !(n >= constraint.ExclusiveMaximum);
            case ConstraintKind.Length:
                return !(value.Text.Length < constraint.Minimum) && !(value.Text.Length > constraint.Maximum);
            case ConstraintKind.Pattern:
                return Regex.IsMatch(value.Text, AnchoredPattern.ToDotNet(constraint.Pattern!), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            case ConstraintKind.ItemCount:
                return !(value.Items.Count < constraint.Minimum) && !(value.Items.Count > constraint.Maximum);
            default:
                return value.Items.Distinct().Count() == value.Items.Count;
        }
    }

    private static bool Holds(RuleModel rule, IReadOnlyDictionary<string, SpecValue> values)
    {
        SpecValue Of(string member) => values.TryGetValue(member, out var v) ? v : SpecValue.Absent;
        switch (rule.Kind)
        {
            case RuleKind.ExactlyOneOf:
                return rule.Members.Count(m => Of(m).IsPresent) == 1;
            case RuleKind.AtMostOneOf:
                return rule.Members.Count(m => Of(m).IsPresent) <= 1;
            case RuleKind.DependentRequired:
                return !Of(rule.Members[0]).IsPresent || rule.Members.Skip(1).All(m => Of(m).IsPresent);
            case RuleKind.Compare:
                var left = Of(rule.Left!);
                var right = Of(rule.Right!);
                return !left.IsPresent || !right.IsPresent || Compare(left, rule.Operator, right);
            default:
                return !Test(rule.When!, Of(rule.When!.Member)) || Test(rule.Then!, Of(rule.Then!.Member));
        }
    }

    private static bool Compare(SpecValue left, CompareOperator op, SpecValue right) => op switch
    {
        CompareOperator.LessThan => left.Integer < right.Integer,
        CompareOperator.LessThanOrEqual => left.Integer <= right.Integer,
        CompareOperator.GreaterThan => left.Integer > right.Integer,
        CompareOperator.GreaterThanOrEqual => left.Integer >= right.Integer,
        CompareOperator.Equal => left.Equals(right),
        _ => !left.Equals(right),
    };

    public static bool Test(ConditionModel condition, SpecValue value) => condition.Operator switch
    {
        ConditionOperator.Equals => value.IsPresent && value.Equals(condition.Values[0]),
        ConditionOperator.NotEquals => !(value.IsPresent && value.Equals(condition.Values[0])),
        ConditionOperator.In => value.IsPresent && condition.Values.Contains(value),
        ConditionOperator.Present => value.IsPresent,
        _ => !value.IsPresent,
    };
}
