using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using TcApi.Contract;
using TcApi.Generator.Model;

namespace TcApi.Generator.Analysis;

internal sealed partial class CrossFieldChecks
{
    /// <summary>
    /// Broken when every <c>when</c> condition holds and some <c>then</c> condition does not. Only decided when the
    /// value of every member the rule tests is known, and every value the rule compares with: a condition the analyzer
    /// cannot evaluate never turns into a diagnostic.
    /// </summary>
    private Finding? Implies(CrossRule rule, RequestRules rules, AssignedMembers assigned, Dictionary<string, string> values, System.Func<string, string> wire, Location creation)
    {
        var conditions = rule.When.Concat(rule.Then).ToList();
        if (conditions.Any(c => !assigned.ValueOf(c.Member).IsKnown || c.Values.Any(v => !v.IsKnown)) ||
            !rule.When.All(c => Test(c, assigned.ValueOf(c.Member))))
        {
            return null;
        }

        var failing = rule.Then.Where(c => !Test(c, assigned.ValueOf(c.Member))).ToList();
        if (failing.Count == 0)
        {
            return null;
        }

        values["when"] = string.Join(", ", rule.When.Select(c => wire(c.Member)));
        values["then"] = string.Join(", ", rule.Then.Select(c => wire(c.Member)));
        values["whenValue"] = _text.Wire(assigned.ValueOf(rule.When[0].Member));
        values["thenValue"] = _text.Wire(assigned.ValueOf(rule.Then[0].Member));
        var at = failing.Concat(rule.Then).Concat(rule.When).Select(c => c.Member).FirstOrDefault(assigned.IsAssigned) ?? failing[0].Member;
        var finding = At(rule, values, assigned, at, rule.Members.Where(assigned.IsAssigned), creation);
        if (failing.Count == 1)
        {
            AddImpliesFix(finding, failing[0], rules);
        }

        return finding;
    }

    /// <summary>The one failing consequence, made to hold: a forbidden flag turned off, a required value set, a forbidden member removed.</summary>
    private static void AddImpliesFix(Finding finding, Condition then, RequestRules rules)
    {
        if (!rules.Members.TryGetValue(then.Member, out var member))
        {
            return;
        }

        if (then.Operator == ConditionOperator.NotEquals && then.Values is [{ Kind: ConstKind.Bool } forbidden])
        {
            finding.Properties[DiagnosticProperties.FixMember] = then.Member;
            finding.Properties[DiagnosticProperties.FixValue] = forbidden.Bool ? "false" : "true";
        }
        else if (then.Operator == ConditionOperator.Equals && then.Values is [var required])
        {
            finding.Properties[DiagnosticProperties.FixMember] = then.Member;
            finding.Properties[DiagnosticProperties.FixValue] = ValueText.CSharp(member.ValueType, required);
        }
        else if (then.Operator == ConditionOperator.Absent)
        {
            finding.Properties[DiagnosticProperties.RemovableMembers] = then.Member;
        }
    }

    /// <summary>The condition's test, as the run-time validator evaluates it.</summary>
    public static bool Test(Condition condition, ConstValue value)
    {
        var present = value.Kind != ConstKind.Null;
        return condition.Operator switch
        {
            ConditionOperator.Equals => present && condition.Values.Count > 0 && value.SameAs(condition.Values[0]),
            ConditionOperator.NotEquals => !(present && condition.Values.Count > 0 && value.SameAs(condition.Values[0])),
            ConditionOperator.In => present && condition.Values.Any(value.SameAs),
            ConditionOperator.Present => present,
            ConditionOperator.Absent => !present,
            _ => throw new System.ArgumentOutOfRangeException(nameof(condition), condition.Operator, "a condition operator without a test"),
        };
    }
}
