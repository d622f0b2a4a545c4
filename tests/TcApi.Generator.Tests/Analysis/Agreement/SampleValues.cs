using System.Text.Json.Nodes;

namespace TcApi.Generator.Tests.Analysis.Agreement;

/// <summary>Values that keep a member's constraints: from the spec's valid example where it has one, made up otherwise.</summary>
internal static class SampleValues
{
    private static readonly decimal[] RealCandidates = [0m, 0.5m, 1m, 2m, 10m, 100m, -1m];

    /// <summary>A valid value of a request or object: its valid example, or its required members with valid values.</summary>
    public static JsonObject Of(SpecType type, int depth = 0)
    {
        if (type.Example is { } example)
        {
            return example.DeepClone().AsObject();
        }

        Assert.True(depth < 8, $"{type.SpecName} requires itself");
        return new JsonObject(type.Members.Where(m => m.Required).Select(m => KeyValuePair.Create(m.WireName, (JsonNode?)Fresh(type.File, m, depth + 1))));
    }

    /// <summary>The member's value in its type's valid value, or a value that keeps its constraints.</summary>
    public static JsonNode Of(SpecType type, SpecMember member) =>
        type.Example?[member.WireName]?.DeepClone() ?? Fresh(type.File, member, 0);

    private static JsonNode Fresh(SpecFile file, SpecMember member, int depth)
    {
        if (!member.IsList)
        {
            return Item(file, member, 0, depth);
        }

        var least = member.Constraints.Where(c => (string)c["kind"]! == "itemCount").Select(c => (int?)c["minItems"] ?? 0).DefaultIfEmpty(0).Max();
        return new JsonArray(Enumerable.Range(0, Math.Max(1, least)).Select(i => Item(file, member, i, depth)).ToArray());
    }

    /// <summary>One valid value of the member's item type; different indexes give different values where the type has them.</summary>
    public static JsonNode Item(SpecFile file, SpecMember member, int index, int depth = 0)
    {
        var constraints = member.ValueConstraints;
        var allowed = SpecMember.Allowed(constraints);
        if (allowed.Count > 0)
        {
            return allowed[index % allowed.Count].DeepClone();
        }

        return member.Type switch
        {
            "integer" => JsonValue.Create((long)(SpecMember.Lower(constraints) ?? 1) + index),
            "float" => JsonValue.Create(Reals(constraints).ElementAt(index % Reals(constraints).Count())),
            "flag" or "boolean" => JsonValue.Create(index % 2 == 0),
            "enum" => member.Enum!["values"]!.AsArray()[index % member.Enum["values"]!.AsArray().Count]!["wire"]!.DeepClone(),
            "object" => Of(file.Objects[member.ObjectName!], depth),
            _ => JsonValue.Create("t" + index),
        };
    }

    /// <summary>Doubles inside the member's ranges: the inclusive bounds, the middle of two bounds, a few round numbers.</summary>
    public static IEnumerable<decimal> Reals(IReadOnlyList<JsonObject> constraints)
    {
        var ranges = constraints.Where(c => (string)c["kind"]! == "range").ToList();
        var low = ranges.Select(c => (decimal?)c["minimum"] ?? (decimal?)c["exclusiveMinimum"]).Max();
        var high = ranges.Select(c => (decimal?)c["maximum"] ?? (decimal?)c["exclusiveMaximum"]).Min();
        var candidates = new[] { low, high, (low + high) / 2, low + 1, high - 1 }.OfType<decimal>().Concat(RealCandidates);
        return candidates.Where(v => SpecMember.Fits(v, constraints)).Distinct();
    }
}
