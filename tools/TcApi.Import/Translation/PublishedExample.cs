using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TcApi.Import.Translation;

/// <summary>How a published example's request is written.</summary>
public enum ExampleFormat
{
    /// <summary>An HTTP POST whose body is a JSON object.</summary>
    Json,

    /// <summary>The legacy form: an address with query parameters (<c>?Action=...&amp;Filters.0.Name=...</c>).</summary>
    Query,

    /// <summary>Anything else: multipart bodies, protobuf, broken JSON.</summary>
    Other,
}

/// <summary>
/// A published example from examples.json, its request classified: Tencent writes most as an HTTP POST with a JSON
/// body, thousands in the legacy query form, a few in neither (or as JSON that does not parse).
/// </summary>
public sealed partial record PublishedExample(string Title, string Description, ExampleFormat Format, JsonObject? Input, string InputText, JsonNode? Output, string OutputText)
{
    public static PublishedExample Parse(string title, string description, string input, string output)
    {
        var text = input.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        var (format, body) = Classify(text);
        return new PublishedExample(title, description, format, body, text, TryParse(output.Trim()), output.Replace("\r\n", "\n", StringComparison.Ordinal).Trim());
    }

    private static (ExampleFormat, JsonObject?) Classify(string text)
    {
        if (text.StartsWith("https://", StringComparison.Ordinal) || text.StartsWith("http://", StringComparison.Ordinal))
        {
            return (ExampleFormat.Query, null);
        }

        var start = BodyStart(text);
        if (start >= 0 && TryParse(text.Substring(start).Trim()) is JsonObject body)
        {
            return (ExampleFormat.Json, body);
        }

        return (ExampleFormat.Other, null);
    }

    /// <summary>
    /// Where the body of a request written as HTTP starts: after the first blank line (which may hold spaces), or where
    /// that line is missing, right after the placeholder for the common parameters that ends the headers.
    /// </summary>
    private static int BodyStart(string text)
    {
        if (text.StartsWith('{'))
        {
            return 0;
        }

        if (BlankLine().Match(text) is { Success: true } blank)
        {
            return blank.Index + blank.Length;
        }

        foreach (var placeholder in CommonParameterPlaceholders)
        {
            if (text.IndexOf(placeholder, StringComparison.Ordinal) is var at and >= 0)
            {
                return at + placeholder.Length;
            }
        }

        return -1;
    }

    private static readonly string[] CommonParameterPlaceholders = { "<公共请求参数>", "<Common request parameters>" };

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex BlankLine();

    private static JsonNode? TryParse(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false });
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }
}
