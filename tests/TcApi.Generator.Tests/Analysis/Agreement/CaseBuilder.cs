using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TcApi.Generator.Tests.Analysis.Agreement;

/// <summary>
/// For every rule of an action — constraints, the implied required and enum rules, cross-field rules — a request that
/// breaks it and one that keeps it, each made from the action's valid example by changing only what the rule reads.
/// </summary>
internal static class CaseBuilder
{
    public static IEnumerable<AgreementCase> For(SpecAction action)
    {
        foreach (var member in action.Members)
        {
            if (member.Required)
            {
                // A required value-typed member cannot be null in C#: the compiler keeps that rule, no case can break it.
                if (member.CanBeNull)
                {
                    yield return Case(action, $"{action.Name}.{member.WireName}.required", true, (member, null));
                }

                yield return Case(action, $"{action.Name}.{member.WireName}.required", false, (member, Valid(action, member)));
            }

            if (member.Enum is not null)
            {
                var undefined = member.Enum["wireType"]!.ToString() == "string" ? JsonValue.Create("no-such-value") : JsonValue.Create(999);
                yield return Case(action, $"{action.Name}.{member.WireName}.enum", true, (member, member.IsList ? new JsonArray(undefined) : undefined));
                yield return Case(action, $"{action.Name}.{member.WireName}.enum", false, (member, Valid(action, member)));
            }

            foreach (var constraint in member.Constraints.Concat(member.ItemConstraints))
            {
                var onItems = member.ItemConstraints.Contains(constraint);
                var id = (string)constraint["id"]!;
                foreach (var violates in new[] { true, false })
                {
                    if (ConstraintValue(member, constraint, onItems, violates, action) is { } value)
                    {
                        yield return Case(action, id, violates, (member, value));
                    }
                }
            }
        }

        foreach (var rule in action.Rules)
        {
            foreach (var violates in new[] { true, false })
            {
                yield return Case(action, (string)rule["id"]!, violates, RuleValues(action, rule, violates).ToArray());
            }
        }
    }

    private static AgreementCase Case(SpecAction action, string id, bool violates, params (SpecMember Member, JsonNode? Value)[] changes)
    {
        var input = action.ValidInput.DeepClone().AsObject();
        foreach (var (member, value) in changes)
        {
            input[member.WireName] = value?.DeepClone();
        }

        return new AgreementCase(action, id, violates, input);
    }

    private static JsonNode? ConstraintValue(SpecMember member, JsonObject c, bool onItems, bool violates, SpecAction action)
    {
        long? Get(string key) => (long?)c[key];
        JsonNode? Scalar(JsonNode? value) => value is null ? null : onItems ? new JsonArray(value) : value;
        var lower = member.Lower([c]);
        var upper = member.Upper([c]);
        switch ((string)c["kind"]!)
        {
            case "range":
                return Scalar(violates ? JsonValue.Create(lower is { } l ? l - 1 : upper!.Value + 1) : JsonValue.Create(lower ?? upper!.Value));
            case "length":
                var length = violates ? (Get("maxLength") is { } max ? max + 1 : Get("minLength")!.Value - 1) : Get("maxLength") ?? Get("minLength")!.Value;
                return length < 0 ? null : Scalar(JsonValue.Create(new string('a', (int)length)));
            case "pattern":
                var pattern = (string)c["pattern"]!;
                var regex = new Regex(pattern[..^1] + "\\z");
                return violates
                    ? Scalar(JsonValue.Create(new[] { "!", "", "A", "a", "0" }.First(s => !regex.IsMatch(s))))
                    : Valid(action, member);
            case "itemCount":
                var count = violates ? (Get("minItems") is > 0 and var min ? min - 1 : Get("maxItems")!.Value + 1) : Get("minItems") ?? Get("maxItems")!.Value;
                return new JsonArray(Enumerable.Range(0, (int)count).Select(i => DistinctItem(member, i)).ToArray());
            default:
                return violates ? new JsonArray(DistinctItem(member, 0), DistinctItem(member, 0)) : new JsonArray(DistinctItem(member, 0), DistinctItem(member, 1));
        }
    }

    private static IEnumerable<(SpecMember, JsonNode?)> RuleValues(SpecAction action, JsonObject rule, bool violates)
    {
        SpecMember M(JsonNode? name) => action.Member((string)name!);
        switch ((string)rule["kind"]!)
        {
            case "exactlyOneOf":
            case "atMostOneOf":
                var members = rule["members"]!.AsArray().Select(M).ToList();
                return members.Select((m, i) => (m, violates || i == 0 ? Valid(action, m) : null));
            case "dependentRequired":
                var trigger = M(rule["member"]);
                return new (SpecMember, JsonNode?)[] { (trigger, Valid(action, trigger)) }
                    .Concat(rule["requires"]!.AsArray().Select(M).Select(m => (m, violates ? null : Valid(action, m))));
            case "compare":
                return Compare(action, M(rule["left"]), (string)rule["operator"]!, M(rule["right"]), violates);
            default:
                var when = rule["when"]!.AsObject();
                var then = rule["then"]!.AsObject();
                return new[]
                {
                    (M(when["member"]), Condition(action, when, makeTrue: true)),
                    (M(then["member"]), Condition(action, then, makeTrue: !violates)),
                };
        }
    }

    private static IEnumerable<(SpecMember, JsonNode?)> Compare(SpecAction action, SpecMember left, string op, SpecMember right, bool violates)
    {
        IEnumerable<long> Candidates(SpecMember m)
        {
            var lo = m.Lower(m.Constraints) ?? long.MinValue;
            var hi = m.Upper(m.Constraints) ?? long.MaxValue;
            return new[] { lo, lo + 1, hi - 1, hi, 1, 2, 5, 10, 100 }.Where(v => v >= lo && v <= hi).Distinct();
        }

        bool Holds(long l, long r) => op switch { "<" => l < r, "<=" => l <= r, ">" => l > r, ">=" => l >= r, "==" => l == r, _ => l != r };
        var (a, b) = Candidates(left).SelectMany(l => Candidates(right).Select(r => (l, r))).First(p => Holds(p.l, p.r) != violates);
        return new[] { (left, (JsonNode?)JsonValue.Create(a)), (right, (JsonNode?)JsonValue.Create(b)) };
    }

    /// <summary>A value of the condition's member that makes the condition true, or false.</summary>
    private static JsonNode? Condition(SpecAction action, JsonObject condition, bool makeTrue)
    {
        var member = action.Member((string)condition["member"]!);
        var listed = condition["values"]?.AsArray().Select(v => v!) ?? (condition["value"] is { } single ? [single] : []);
        var op = (string)condition["operator"]!;
        var wantListed = op switch
        {
            "equals" or "in" => makeTrue,
            "notEquals" => !makeTrue,
            "present" => (bool?)null,
            _ => (bool?)null,
        };
        if (wantListed is null)
        {
            var present = op == "present" ? makeTrue : !makeTrue;
            return present ? Valid(action, member) : null;
        }

        return wantListed.Value ? listed.First().DeepClone() : Other(member, listed.ToList());
    }

    /// <summary>A valid value of the member's type that is none of <paramref name="excluded"/>.</summary>
    private static JsonNode Other(SpecMember member, IReadOnlyList<JsonNode> excluded)
    {
        var texts = excluded.Select(e => e.ToString()).ToHashSet();
        IEnumerable<JsonNode> candidates = member.Type switch
        {
            "flag" => [JsonValue.Create(true), JsonValue.Create(false)],
            "enum" => member.Enum!["values"]!.AsArray().Select(v => v!["wire"]!.DeepClone()),
            "integer" => Enumerable.Range(0, 20).Select(i => (JsonNode)JsonValue.Create((member.Lower(member.Constraints) ?? 1) + i)),
            _ => Enumerable.Range(0, 20).Select(i => (JsonNode)JsonValue.Create("v" + i)),
        };
        return candidates.First(c => !texts.Contains(c.ToString()));
    }

    /// <summary>The member's value in the valid example, or a value that keeps its constraints.</summary>
    private static JsonNode Valid(SpecAction action, SpecMember member)
    {
        if (action.ValidInput[member.WireName] is { } example)
        {
            return example.DeepClone();
        }

        return member.IsList ? new JsonArray(DistinctItem(member, 0)) : Item(member, member.Constraints, 0);
    }

    private static JsonNode DistinctItem(SpecMember member, int index) => Item(member, member.ItemConstraints, index);

    private static JsonNode Item(SpecMember member, IReadOnlyList<JsonObject> constraints, int index) => member.Type switch
    {
        "integer" => JsonValue.Create((member.Lower(constraints) ?? 1) + index),
        "flag" => JsonValue.Create(index % 2 == 0),
        "enum" => member.Enum!["values"]!.AsArray()[index % member.Enum["values"]!.AsArray().Count]!["wire"]!.DeepClone(),
        _ => JsonValue.Create("t" + index),
    };
}
