using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using TcApi.Generator.Model;

namespace TcApi.Generator.Analysis;

/// <summary>
/// Checks the cross-field rules among the members one initializer assigns. A rule is checked only when every value
/// it involves is known: absent members of a <c>new</c> are known to be absent; those of a <c>with</c> are not.
/// </summary>
internal sealed class CrossFieldChecks
{
    private readonly ValueText _text;

    public CrossFieldChecks(ValueText text) => _text = text;

    public IEnumerable<Finding> Check(RequestRules rules, AssignedMembers assigned, Location creation)
    {
        foreach (var rule in rules.Rules)
        {
            if (Check(rule, rules, assigned, creation) is { } finding)
            {
                yield return finding;
            }
        }
    }

    private Finding? Check(CrossRule rule, RequestRules rules, AssignedMembers assigned, Location creation)
    {
        string Wire(string member) => rules.Members.TryGetValue(member, out var m) ? m.WireName : member;
        var values = new Dictionary<string, string>();
        switch (rule.Kind)
        {
            case RuleKind.ExactlyOneOf:
            case RuleKind.AtMostOneOf:
                var presence = rule.Members.Select(assigned.IsPresent).ToList();
                if (presence.Any(p => p is null))
                {
                    return null;
                }

                var present = rule.Members.Where((_, i) => presence[i] == true).ToList();
                if (present.Count == 1 || (present.Count == 0 && rule.Kind == RuleKind.AtMostOneOf))
                {
                    return null;
                }

                values["members"] = string.Join(", ", rule.Members.Select(Wire));
                values["count"] = ValueText.Number(present.Count);
                if (present.Count == 0)
                {
                    return new Finding(Finding.DescriptorFor(rule.Kind), rule.RuleId, MessageFormatter.Format(rule.Message, values), rule.NoneSetSeverity, creation);
                }

                var ordered = present.OrderBy(assigned.PositionOf).ToList();
                var oneOf = At(rule, values, assigned, ordered[ordered.Count - 1], ordered.Take(ordered.Count - 1));
                oneOf.Properties[DiagnosticProperties.RemovableMembers] = string.Join(",", ordered);
                return oneOf;
            case RuleKind.DependentRequired:
                var trigger = rule.Members[0];
                var required = rule.Members.Skip(1).ToList();
                var requiredPresence = required.Select(assigned.IsPresent).ToList();
                if (assigned.IsPresent(trigger) != true || requiredPresence.Any(p => p is null) || requiredPresence.All(p => p == true))
                {
                    return null;
                }

                values["member"] = Wire(trigger);
                values["requires"] = string.Join(", ", required.Select(Wire));
                return At(rule, values, assigned, trigger, required.Where(assigned.IsAssigned));
            case RuleKind.Compare:
                return Compare(rule, rules, assigned, values, Wire);
            default:
                return Implies(rule, rules, assigned, values, Wire);
        }
    }

    private Finding? Compare(CrossRule rule, RequestRules rules, AssignedMembers assigned, Dictionary<string, string> values, System.Func<string, string> wire)
    {
        string left = rule.Members[0], right = rule.Members[1];
        var l = assigned.ValueOf(left);
        var r = assigned.ValueOf(right);
        if (!l.IsKnown || !r.IsKnown || l.Kind == ConstKind.Null || r.Kind == ConstKind.Null || Holds(rule.Operator, l, r))
        {
            return null;
        }

        values["left"] = wire(left);
        values["right"] = wire(right);
        values["leftValue"] = _text.Wire(l);
        values["rightValue"] = _text.Wire(r);
        values["operator"] = rule.Operator.ToText();
        var later = assigned.PositionOf(left) > assigned.PositionOf(right) ? left : right;
        var finding = At(rule, values, assigned, later, new[] { later == left ? right : left });
        if (l.Kind == ConstKind.Integer && r.Kind == ConstKind.Integer && Satisfying(rule.Operator, l.Integer, r.Integer) is { } fix)
        {
            finding.Properties[DiagnosticProperties.FixMember] = left;
            finding.Properties[DiagnosticProperties.FixValue] = ValueText.Number(fix);
        }

        return finding;
    }

    private Finding? Implies(CrossRule rule, RequestRules rules, AssignedMembers assigned, Dictionary<string, string> values, System.Func<string, string> wire)
    {
        var when = rule.When!;
        var then = rule.Then!;
        var whenValue = assigned.ValueOf(when.Member);
        var thenValue = assigned.ValueOf(then.Member);
        if (!whenValue.IsKnown || !thenValue.IsKnown || !Test(when, whenValue) || Test(then, thenValue))
        {
            return null;
        }

        values["when"] = wire(when.Member);
        values["then"] = wire(then.Member);
        values["whenValue"] = _text.Wire(whenValue);
        values["thenValue"] = _text.Wire(thenValue);
        var at = assigned.IsAssigned(then.Member) ? then.Member : when.Member;
        var finding = At(rule, values, assigned, at, new[] { at == then.Member ? when.Member : then.Member }.Where(assigned.IsAssigned));
        if (then.Operator == ConditionOperator.NotEquals && then.Values[0].Kind == ConstKind.Bool && rules.Members.ContainsKey(then.Member))
        {
            finding.Properties[DiagnosticProperties.FixMember] = then.Member;
            finding.Properties[DiagnosticProperties.FixValue] = then.Values[0].Bool ? "false" : "true";
        }
        else if (then.Operator == ConditionOperator.Equals && rules.Members.TryGetValue(then.Member, out var member))
        {
            finding.Properties[DiagnosticProperties.FixMember] = then.Member;
            finding.Properties[DiagnosticProperties.FixValue] = ValueText.CSharp(member.ValueType, then.Values[0]);
        }
        else if (then.Operator == ConditionOperator.Absent)
        {
            finding.Properties[DiagnosticProperties.RemovableMembers] = then.Member;
        }

        return finding;
    }

    private static Finding At(CrossRule rule, Dictionary<string, string> values, AssignedMembers assigned, string member, IEnumerable<string> others)
    {
        var finding = new Finding(Finding.DescriptorFor(rule.Kind), rule.RuleId, MessageFormatter.Format(rule.Message, values), rule.Severity, assigned.LocationOf(member)!);
        finding.AdditionalLocations.AddRange(others.Select(assigned.LocationOf).OfType<Location>());
        return finding;
    }

    /// <summary>The condition's test, as the run-time validator evaluates it.</summary>
    public static bool Test(Condition condition, ConstValue value)
    {
        var present = value.Kind != ConstKind.Null;
        return condition.Operator switch
        {
            ConditionOperator.Equals => present && value.SameAs(condition.Values[0]),
            ConditionOperator.NotEquals => !(present && value.SameAs(condition.Values[0])),
            ConditionOperator.In => present && condition.Values.Any(value.SameAs),
            ConditionOperator.Present => present,
            _ => !present,
        };
    }

    private static bool Holds(CompareOperator op, ConstValue left, ConstValue right)
    {
        if (op is CompareOperator.Equal or CompareOperator.NotEqual)
        {
            return left.SameAs(right) == (op == CompareOperator.Equal);
        }

        if (left.Kind != ConstKind.Integer || right.Kind != ConstKind.Integer)
        {
            return true;
        }

        return op switch
        {
            CompareOperator.LessThan => left.Integer < right.Integer,
            CompareOperator.LessThanOrEqual => left.Integer <= right.Integer,
            CompareOperator.GreaterThan => left.Integer > right.Integer,
            _ => left.Integer >= right.Integer,
        };
    }

    /// <summary>The left value nearest to the current one that satisfies the comparison.</summary>
    private static long? Satisfying(CompareOperator op, long left, long right) => op switch
    {
        CompareOperator.LessThan => right - 1,
        CompareOperator.LessThanOrEqual or CompareOperator.GreaterThanOrEqual or CompareOperator.Equal => right,
        CompareOperator.GreaterThan => right + 1,
        _ => left == long.MaxValue ? left - 1 : left + 1,
    };

}
