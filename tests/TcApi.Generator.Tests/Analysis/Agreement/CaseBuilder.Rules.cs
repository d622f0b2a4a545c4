using System.Text.Json.Nodes;

namespace TcApi.Generator.Tests.Analysis.Agreement;

internal static partial class CaseBuilder
{
    private static IEnumerable<(bool Violates, string Variant, List<(SpecMember, JsonNode?)> Changes)> RuleValues(SpecType type, JsonObject rule)
    {
        SpecMember M(JsonNode? name) => type.Member((string)name!);
        switch ((string)rule["kind"]!)
        {
            case "exactlyOneOf":
            case "atMostOneOf":
            case "atLeastOneOf":
                var members = rule["members"]!.AsArray().Select(M).ToList();
                var kind = (string)rule["kind"]!;
                foreach (var violates in new[] { true, false })
                {
                    // Breaking: all set (exactly, at most), none set (exactly, at least); keeping: the first alone.
                    var all = violates && kind != "atLeastOneOf";
                    yield return (violates, "", members.Select((m, i) => (m, all || (!violates && i == 0) ? SampleValues.Of(type, m) : null)).ToList());
                }

                if (kind == "exactlyOneOf")
                {
                    yield return (true, ":none", members.Select(m => (m, (JsonNode?)null)).ToList());
                }

                break;
            case "dependentRequired":
                var trigger = M(rule["member"]);
                foreach (var violates in new[] { true, false })
                {
                    yield return (violates, "", new List<(SpecMember, JsonNode?)> { (trigger, SampleValues.Of(type, trigger)) }
                        .Concat(rule["requires"]!.AsArray().Select(M).Select(m => (m, violates ? null : SampleValues.Of(type, m)))).ToList());
                }

                break;
            case "compare":
                foreach (var violates in new[] { true, false })
                {
                    yield return (violates, "", Compare(type, M(rule["left"]), (string)rule["operator"]!, M(rule["right"]), violates));
                }

                break;
            default:
                foreach (var implied in Implies(type, rule))
                {
                    yield return implied;
                }

                break;
        }
    }

    /// <summary>
    /// Breaking: every condition true but the first consequence. Keeping: everything true; and, with several
    /// conditions, all but the last true and the consequence false — the rule does not apply, so nothing may report it.
    /// </summary>
    private static IEnumerable<(bool, string, List<(SpecMember, JsonNode?)>)> Implies(SpecType type, JsonObject rule)
    {
        var when = Conditions(rule["when"]!);
        var then = Conditions(rule["then"]!);
        List<(SpecMember, JsonNode?)> Values(Func<int, bool> whenTrue, Func<int, bool> thenTrue) =>
            when.Select((c, i) => Condition(type, c, whenTrue(i)))
                .Concat(then.Select((c, i) => Condition(type, c, thenTrue(i))))
                .ToList();

        yield return (true, "", Values(_ => true, i => i > 0));
        yield return (false, "", Values(_ => true, _ => true));
        if (when.Count > 1)
        {
            yield return (false, ":notApplying", Values(i => i < when.Count - 1, i => i > 0));
        }
    }

    private static List<JsonObject> Conditions(JsonNode node) => node is JsonArray list ? list.Select(c => c!.AsObject()).ToList() : [node.AsObject()];

    private static List<(SpecMember, JsonNode?)> Compare(SpecType type, SpecMember left, string op, SpecMember right, bool violates)
    {
        IEnumerable<decimal> Candidates(SpecMember m)
        {
            if (m.IsFloat)
            {
                return SampleValues.Reals(m.Constraints);
            }

            var lo = SpecMember.Lower(m.Constraints) ?? long.MinValue;
            var hi = SpecMember.Upper(m.Constraints) ?? long.MaxValue;
            return new[] { lo, lo + 1, hi - 1, hi, 1, 2, 5, 10, 100 }.Where(v => v >= lo && v <= hi).Distinct();
        }

        JsonNode Value(SpecMember m, decimal v) => m.IsFloat ? JsonValue.Create(v) : JsonValue.Create((long)v);
        bool Holds(decimal l, decimal r) => op switch { "<" => l < r, "<=" => l <= r, ">" => l > r, ">=" => l >= r, "==" => l == r, _ => l != r };
        var (a, b) = Candidates(left).SelectMany(l => Candidates(right).Select(r => (l, r))).First(p => Holds(p.l, p.r) != violates);
        return [(left, Value(left, a)), (right, Value(right, b))];
    }

    /// <summary>A value of the condition's member that makes the condition true, or false.</summary>
    private static (SpecMember, JsonNode?) Condition(SpecType type, JsonObject condition, bool makeTrue)
    {
        var member = type.Member((string)condition["member"]!);
        var listed = condition["values"]?.AsArray().Select(v => v!) ?? (condition["value"] is { } single ? [single] : []);
        var op = (string)condition["operator"]!;
        bool? wantListed = op switch
        {
            "equals" or "in" => makeTrue,
            "notEquals" => !makeTrue,
            _ => null,
        };
        if (wantListed is null)
        {
            var present = op == "present" ? makeTrue : !makeTrue;
            return (member, present ? SampleValues.Of(type, member) : null);
        }

        return (member, wantListed.Value ? listed.First().DeepClone() : Other(type, member, listed.ToList()));
    }

    /// <summary>A valid value of the member's type that is none of <paramref name="excluded"/>.</summary>
    private static JsonNode Other(SpecType type, SpecMember member, IReadOnlyList<JsonNode> excluded)
    {
        var texts = excluded.Select(e => e.ToString()).ToHashSet();
        IEnumerable<JsonNode> candidates = member.Type switch
        {
            "flag" or "boolean" => [JsonValue.Create(true), JsonValue.Create(false)],
            "enum" => member.Enum!["values"]!.AsArray().Select(v => v!["wire"]!.DeepClone()),
            _ => Enumerable.Range(0, 20).Select(i => SampleValues.Item(type.File, member, i)),
        };
        return candidates.First(c => !texts.Contains(c.ToString()));
    }
}
