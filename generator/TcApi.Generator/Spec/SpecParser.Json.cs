using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Json;

namespace TcApi.Generator.Spec;

/// <summary>
/// Typed access to the JSON tree, reporting every wrong or missing value where it stands. The later stages that read
/// parts of a spec (examples, <see cref="Examples.ExampleChecker"/>) report through the same methods.
/// </summary>
internal sealed partial class SpecParser
{
    internal void Report(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));

    /// <summary>The node's span in its own file; for objects and arrays only their opening character, so squiggles stay short.</summary>
    internal static LocationInfo At(JsonNode node, bool headOnly = false) =>
        headOnly || node.Kind is JsonNodeKind.Object or JsonNodeKind.Array
            ? node.Document.Locate(node.Start, node.Start + 1)
            : node.Document.Locate(node.Start, node.End);

    internal static LocationInfo AtKey(JsonProperty property) => property.Value.Document.Locate(property.NameStart, property.NameEnd);

    internal bool ExpectKind(JsonNode node, JsonNodeKind kind, string what)
    {
        if (node.Kind == kind)
        {
            return true;
        }

        Report(DiagnosticDescriptors.WrongValueType, At(node), what, kind switch
        {
            JsonNodeKind.Object => "an object",
            JsonNodeKind.Array => "an array",
            JsonNodeKind.String => "a string",
            JsonNodeKind.Number => "a number",
            _ => "a boolean",
        } + ", not " + node.Describe());
        return false;
    }

    internal void CheckKeys(JsonNode obj, string what, params string[] allowed)
    {
        foreach (var property in obj.Properties)
        {
            if (System.Array.IndexOf(allowed, property.Name) < 0)
            {
                Report(DiagnosticDescriptors.UnknownKey, AtKey(property), property.Name, what, string.Join(", ", allowed.Where(k => k != "$schema")));
            }
        }

        foreach (var duplicate in obj.DuplicateKeys)
        {
            Report(DiagnosticDescriptors.DuplicateKey, AtKey(duplicate), duplicate.Name);
        }
    }

    internal JsonNode? Required(JsonNode obj, string key, string what)
    {
        var value = obj[key];
        if (value is null)
        {
            Report(DiagnosticDescriptors.MissingKey, At(obj, headOnly: true), key, what);
        }

        return value;
    }

    internal string? RequiredString(JsonNode obj, string key, string what) =>
        Required(obj, key, what) is { } node ? AsString(node, $"{what}: {key}") : null;

    internal string? OptionalString(JsonNode obj, string key, string what) =>
        obj[key] is { } node ? AsString(node, $"{what}: {key}") : null;

    internal string? AsString(JsonNode node, string what)
    {
        if (!ExpectKind(node, JsonNodeKind.String, what))
        {
            return null;
        }

        if (IsBlank(node.Text))
        {
            Report(DiagnosticDescriptors.InvalidValue, At(node), what, "must not be empty");
            return null;
        }

        return node.Text;
    }

    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private long? RequiredInteger(JsonNode obj, string key, string what) =>
        Required(obj, key, what) is { } node ? AsInteger(node, $"{what}: {key}") : null;

    private long? OptionalInteger(JsonNode obj, string key, string what) =>
        obj[key] is { } node ? AsInteger(node, $"{what}: {key}") : null;

    private long? AsInteger(JsonNode node, string what)
    {
        if (!ExpectKind(node, JsonNodeKind.Number, what))
        {
            return null;
        }

        if (!long.TryParse(node.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            Report(DiagnosticDescriptors.InvalidValue, At(node), what, $"{node.Text} is not a whole number within the 64-bit range");
            return null;
        }

        return value;
    }

    private bool? OptionalBool(JsonNode obj, string key, string what)
    {
        if (obj[key] is not { } node)
        {
            return null;
        }

        if (node.Kind is JsonNodeKind.True or JsonNodeKind.False)
        {
            return node.Kind == JsonNodeKind.True;
        }

        Report(DiagnosticDescriptors.WrongValueType, At(node), $"{what}: {key}", "true or false, not " + node.Describe());
        return null;
    }

    private JsonNode? OptionalArray(JsonNode obj, string key, string what) =>
        obj[key] is { } node && ExpectKind(node, JsonNodeKind.Array, $"{what}: {key}") ? node : null;

    internal JsonNode? RequiredArray(JsonNode obj, string key, string what) =>
        Required(obj, key, what) is { } node && ExpectKind(node, JsonNodeKind.Array, $"{what}: {key}") ? node : null;

    private decimal? OptionalNumber(JsonNode obj, string key, string what)
    {
        if (obj[key] is not { } node || !ExpectKind(node, JsonNodeKind.Number, $"{what}: {key}"))
        {
            return null;
        }

        if (!decimal.TryParse(node.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            Report(DiagnosticDescriptors.InvalidValue, At(node), $"{what}: {key}", $"{node.Text} is not a number this format can hold");
            return null;
        }

        return value;
    }

    internal string? EnumKeyword(JsonNode obj, string key, string what, bool required, params string[] allowed)
    {
        var text = required ? RequiredString(obj, key, what) : OptionalString(obj, key, what);
        if (text is not null && System.Array.IndexOf(allowed, text) < 0)
        {
            Report(DiagnosticDescriptors.InvalidValue, At(obj[key]!), $"{what}: {key}", $"'{text}' is not one of {string.Join(", ", allowed)}");
            return null;
        }

        return text;
    }
}
