using System.Text.Json.Nodes;

namespace TcApi.Generator.Tests.Analysis.Agreement;

/// <summary>A member of a request or object: its names, type, enum or object, and constraints.</summary>
internal sealed record SpecMember(
    string WireName,
    string PropertyName,
    string Type,
    bool IsList,
    bool Required,
    JsonObject? Enum,
    string? ObjectName,
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
            (string?)scalar["object"],
            ConstraintsOf(member),
            isList ? ConstraintsOf(scalar) : []);
    }

    private static List<JsonObject> ConstraintsOf(JsonObject owner) =>
        (owner["constraints"]?.AsArray() ?? []).Select(c => c!.AsObject()).ToList();

    /// <summary>Strings, binary data, objects and lists are references; numbers, booleans, flags and enums are value types in C#.</summary>
    public bool CanBeNull => IsList || Type is "string" or "binary" or "object";

    public bool IsFloat => Type == "float";

    /// <summary>The constraints on one value: the items' for a list.</summary>
    public IReadOnlyList<JsonObject> ValueConstraints => IsList ? ItemConstraints : Constraints;

    /// <summary>Whether <paramref name="value"/> keeps every range of <paramref name="constraints"/>.</summary>
    public static bool Fits(decimal value, IEnumerable<JsonObject> constraints) =>
        constraints.Where(c => (string)c["kind"]! == "range").All(c =>
            !(value < (decimal?)c["minimum"]) && !(value <= (decimal?)c["exclusiveMinimum"]) &&
            !(value > (decimal?)c["maximum"]) && !(value >= (decimal?)c["exclusiveMaximum"]));

    /// <summary>The lowest whole number the ranges allow.</summary>
    public static decimal? Lower(IEnumerable<JsonObject> constraints) =>
        constraints.Where(c => (string)c["kind"]! == "range")
            .Select(c => c["minimum"] is { } min ? decimal.Ceiling((decimal)min) : c["exclusiveMinimum"] is { } ex ? decimal.Floor((decimal)ex) + 1 : (decimal?)null)
            .Max();

    /// <summary>The highest whole number the ranges allow.</summary>
    public static decimal? Upper(IEnumerable<JsonObject> constraints) =>
        constraints.Where(c => (string)c["kind"]! == "range")
            .Select(c => c["maximum"] is { } max ? decimal.Floor((decimal)max) : c["exclusiveMaximum"] is { } ex ? decimal.Ceiling((decimal)ex) - 1 : (decimal?)null)
            .Min();

    /// <summary>The allowed values of <paramref name="constraints"/>, or none.</summary>
    public static IReadOnlyList<JsonNode> Allowed(IEnumerable<JsonObject> constraints) =>
        constraints.Where(c => (string)c["kind"]! == "allowedValues").Select(c => c["values"]!.AsArray().Select(v => v!).ToList()).FirstOrDefault() ?? [];
}
