using System.Text.Json.Nodes;

namespace TcApi.Generator.Tests.Analysis.Agreement;

/// <summary>An action of a spec file as the agreement test needs it, read with System.Text.Json, not the generator.</summary>
internal sealed record SpecAction(string Namespace, string Name, IReadOnlyList<SpecMember> Members, IReadOnlyList<JsonObject> Rules, JsonObject ValidInput)
{
    public SpecMember Member(string wireName) => Members.Single(m => m.WireName == wireName);

    public static IEnumerable<SpecAction> Read(string specText)
    {
        var spec = JsonNode.Parse(specText)!.AsObject();
        var enums = (spec["enums"]?.AsArray() ?? []).Select(e => e!.AsObject()).ToDictionary(e => (string)e["name"]!);
        foreach (var action in spec["actions"]!.AsArray().Select(a => a!.AsObject()))
        {
            var members = action["input"]!.AsArray().Select(m => SpecMember.Read(m!.AsObject(), enums)).ToList();
            var valid = action["examples"]!.AsArray().Select(e => e!.AsObject()).First(e => e["expect"] is JsonValue v && (string)v! == "valid");
            yield return new SpecAction(
                (string)spec["namespace"]!,
                (string)action["name"]!,
                members,
                (action["rules"]?.AsArray() ?? []).Select(r => r!.AsObject()).ToList(),
                valid["input"]!.AsObject());
        }
    }
}

/// <summary>An input member: its names, type, enum values and constraints.</summary>
internal sealed record SpecMember(
    string WireName,
    string PropertyName,
    string Type,
    bool IsList,
    bool Required,
    JsonObject? Enum,
    IReadOnlyList<JsonObject> Constraints,
    IReadOnlyList<JsonObject> ItemConstraints)
{
    public static SpecMember Read(JsonObject member, Dictionary<string, JsonObject> enums)
    {
        var isList = (string)member["type"]! == "list";
        var scalar = isList ? member["items"]!.AsObject() : member;
        var enumName = (string?)scalar["enum"];
        return new SpecMember(
            (string)member["name"]!,
            (string?)member["csharpName"] ?? (string)member["name"]!,
            (string)scalar["type"]!,
            isList,
            (bool?)member["required"] ?? false,
            enumName is null ? null : enums[enumName],
            ConstraintsOf(member),
            isList ? ConstraintsOf(scalar) : []);
    }

    private static List<JsonObject> ConstraintsOf(JsonObject owner) =>
        (owner["constraints"]?.AsArray() ?? []).Select(c => c!.AsObject()).ToList();

    /// <summary>Strings and lists are references; integers, flags and enums are value types in C#.</summary>
    public bool CanBeNull => IsList || Type == "string";

    public long? Lower(IEnumerable<JsonObject> constraints) =>
        constraints.Where(c => (string)c["kind"]! == "range").Select(c => (long?)c["minimum"] ?? ((long?)c["exclusiveMinimum"] + 1)).Max();

    public long? Upper(IEnumerable<JsonObject> constraints) =>
        constraints.Where(c => (string)c["kind"]! == "range").Select(c => (long?)c["maximum"] ?? ((long?)c["exclusiveMaximum"] - 1)).Min();
}
