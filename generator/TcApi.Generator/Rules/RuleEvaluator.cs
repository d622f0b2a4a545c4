using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using TcApi.Contract;
using TcApi.Generator.Model;

namespace TcApi.Generator.Rules;

/// <summary>
/// Evaluates an action's constraints and rules, nested objects included, on wire values, with the same semantics as
/// the generated validator. The generator runs it on every example that states its expected outcome.
/// </summary>
internal static class RuleEvaluator
{
    /// <summary>The ids of the rules <paramref name="input"/> breaks, in spec order, each once.</summary>
    public static IReadOnlyList<string> Violations(
        ActionModel action, IReadOnlyDictionary<string, ObjectModel> objects, IReadOnlyDictionary<string, EnumModel> enums, SpecValue input)
    {
        var broken = new List<string>();
        Evaluate(action.Input, action.Rules, input, objects, enums, broken);
        return broken;
    }

    private static void Evaluate(
        IReadOnlyList<MemberModel> members, IReadOnlyList<RuleModel> rules, SpecValue values,
        IReadOnlyDictionary<string, ObjectModel> objects, IReadOnlyDictionary<string, EnumModel> enums, List<string> broken)
    {
        void Add(string id)
        {
            if (!broken.Contains(id))
            {
                broken.Add(id);
            }
        }

        foreach (var member in members)
        {
            var value = values[member.WireName];
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

            if (member.Scalar == ScalarKind.Object && objects.TryGetValue(member.Reference!, out var model))
            {
                var nested = member.IsList && value.Kind == SpecValueKind.List ? value.Items : value.IsPresent ? new EquatableArray<SpecValue>(new[] { value }) : EquatableArray<SpecValue>.Empty;
                foreach (var item in nested.Where(i => i.Kind == SpecValueKind.Object))
                {
                    Evaluate(model.Members, model.Rules, item, objects, enums, broken);
                }
            }
        }

        foreach (var rule in rules)
        {
            if (!Holds(rule, values))
            {
                Add(rule.Id);
            }
        }
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
                return enums[member.Reference!].Values.Any(v => v.WireString == value.ToString());
            case ConstraintKind.Range:
                var n = value.Number;
                return !(n < constraint.Minimum) && !(n > constraint.Maximum) && !(n <= constraint.ExclusiveMinimum) && !(n >= constraint.ExclusiveMaximum);
            case ConstraintKind.Length:
                return !(value.Text.Length < constraint.Minimum) && !(value.Text.Length > constraint.Maximum);
            case ConstraintKind.ByteLength:
                var bytes = System.Text.Encoding.UTF8.GetByteCount(value.Text);
                return !(bytes < constraint.Minimum) && !(bytes > constraint.Maximum);
            case ConstraintKind.Pattern:
                return Regex.IsMatch(value.Text, AnchoredPattern.ToDotNet(constraint.Pattern!), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            case ConstraintKind.ItemCount:
                return !(value.Items.Count < constraint.Minimum) && !(value.Items.Count > constraint.Maximum);
            case ConstraintKind.AllowedValues:
                return constraint.Values.Contains(value.ToString());
            default:
                return value.Items.Distinct().Count() == value.Items.Count;
        }
    }

    private static bool Holds(RuleModel rule, SpecValue values)
    {
        switch (rule.Kind)
        {
            case RuleKind.ExactlyOneOf:
                return rule.Members.Count(m => values[m].IsPresent) == 1;
            case RuleKind.AtMostOneOf:
                return rule.Members.Count(m => values[m].IsPresent) <= 1;
            case RuleKind.AtLeastOneOf:
                return rule.Members.Any(m => values[m].IsPresent);
            case RuleKind.DependentRequired:
                return !values[rule.Members[0]].IsPresent || rule.Members.Skip(1).All(m => values[m].IsPresent);
            case RuleKind.Compare:
                var left = values[rule.Left!];
                var right = values[rule.Right!];
                return !left.IsPresent || !right.IsPresent || Compare(left, rule.Operator, right);
            default:
                return !rule.When.All(c => Test(c, values[c.Member])) || rule.Then.All(c => Test(c, values[c.Member]));
        }
    }

    private static bool Compare(SpecValue left, CompareOperator op, SpecValue right) => op switch
    {
        CompareOperator.LessThan => left.Number < right.Number,
        CompareOperator.LessThanOrEqual => left.Number <= right.Number,
        CompareOperator.GreaterThan => left.Number > right.Number,
        CompareOperator.GreaterThanOrEqual => left.Number >= right.Number,
        CompareOperator.Equal => left.Kind is SpecValueKind.Integer or SpecValueKind.Float ? left.Number == right.Number : left.Equals(right),
        CompareOperator.NotEqual => left.Kind is SpecValueKind.Integer or SpecValueKind.Float ? left.Number != right.Number : !left.Equals(right),
        _ => throw new System.ArgumentOutOfRangeException(nameof(op), op, "a compare operator without a meaning"),
    };

    public static bool Test(ConditionModel condition, SpecValue value) => condition.Operator switch
    {
        ConditionOperator.Equals => value.IsPresent && value.Equals(condition.Values[0]),
        ConditionOperator.NotEquals => !(value.IsPresent && value.Equals(condition.Values[0])),
        ConditionOperator.In => value.IsPresent && condition.Values.Contains(value),
        ConditionOperator.Present => value.IsPresent,
        ConditionOperator.Absent => !value.IsPresent,
        _ => throw new System.ArgumentOutOfRangeException(nameof(condition), condition.Operator, "a condition operator without a test"),
    };
}
