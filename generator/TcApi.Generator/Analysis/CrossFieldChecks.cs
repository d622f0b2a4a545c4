using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using TcApi.Contract;
using TcApi.Generator.Model;

namespace TcApi.Generator.Analysis;

/// <summary>
/// Checks the cross-field rules among the members one initializer assigns. A rule is checked only when every value
/// it involves is known: absent members of a <c>new</c> are known to be absent; those of a <c>with</c> are not.
/// </summary>
internal sealed partial class CrossFieldChecks
{
    private readonly ValueText _text;

    public CrossFieldChecks(ValueText text) => _text = text;

    /// <param name="creation">Where a rule broken by what is missing is reported: the type name of a <c>new</c>.</param>
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
            case RuleKind.AtLeastOneOf:
                return OneOf(rule, assigned, creation, values, Wire);
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
                return At(rule, values, assigned, trigger, required.Where(assigned.IsAssigned), creation);
            case RuleKind.Compare:
                return Compare(rule, assigned, values, Wire, creation);
            default:
                return Implies(rule, rules, assigned, values, Wire, creation);
        }
    }

    private static Finding? OneOf(CrossRule rule, AssignedMembers assigned, Location creation, Dictionary<string, string> values, System.Func<string, string> wire)
    {
        var presence = rule.Members.Select(assigned.IsPresent).ToList();
        if (presence.Any(p => p is null))
        {
            return null;
        }

        var present = rule.Members.Where((_, i) => presence[i] == true).ToList();
        var broken = rule.Kind switch
        {
            RuleKind.ExactlyOneOf => present.Count != 1,
            RuleKind.AtMostOneOf => present.Count > 1,
            RuleKind.AtLeastOneOf => present.Count == 0,
            _ => throw new System.ArgumentOutOfRangeException(nameof(rule), rule.Kind, "not a one-of rule"),
        };
        if (!broken)
        {
            return null;
        }

        values["members"] = string.Join(", ", rule.Members.Select(wire));
        values["count"] = ValueText.Number(present.Count);
        if (present.Count == 0)
        {
            // A with that clears every member is left to Validate(): the severity is the one for an initializer.
            return assigned.OthersAreUnknown && rule.Kind == RuleKind.AtLeastOneOf
                ? null
                : new Finding(Finding.DescriptorFor(rule.Kind, rule.Documented), rule.RuleId, MessageFormatter.Format(rule.Message, values), rule.NoneSetSeverity, creation, rule.Documented);
        }

        var ordered = present.OrderBy(assigned.PositionOf).ToList();
        var oneOf = At(rule, values, assigned, ordered[ordered.Count - 1], ordered.Take(ordered.Count - 1), creation);
        oneOf.Properties[DiagnosticProperties.RemovableMembers] = string.Join(",", ordered);
        return oneOf;
    }

    /// <summary>A finding at <paramref name="member"/>'s assignment (at the creation when it is not assigned), pointing at the others.</summary>
    private static Finding At(CrossRule rule, Dictionary<string, string> values, AssignedMembers assigned, string member, IEnumerable<string> others, Location creation)
    {
        var finding = new Finding(Finding.DescriptorFor(rule.Kind, rule.Documented), rule.RuleId, MessageFormatter.Format(rule.Message, values), rule.Severity, assigned.LocationOf(member) ?? creation, rule.Documented);
        finding.AdditionalLocations.AddRange(others.Where(o => o != member).Select(assigned.LocationOf).OfType<Location>());
        return finding;
    }
}
