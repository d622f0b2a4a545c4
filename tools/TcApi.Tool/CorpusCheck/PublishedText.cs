using System.Text;
using System.Text.Json;

namespace TcApi.Tool.CorpusCheck;

/// <summary>Recognises the forms of published example text that are not one JSON document.</summary>
public static class PublishedText
{
    /// <summary>Server-sent events: lines <c>data: {...}</c>.</summary>
    public static bool IsStreaming(string text) =>
        text.Split('\n').Any(line => line.TrimStart().StartsWith("data:", StringComparison.Ordinal));

    /// <summary>A multipart form or a binary (protobuf, octet-stream) body.</summary>
    public static bool IsMultipartOrBinary(string text) =>
        text.Contains("multipart/", StringComparison.OrdinalIgnoreCase) || text.Contains("Content-Disposition", StringComparison.OrdinalIgnoreCase)
        || text.Contains("protobuf", StringComparison.OrdinalIgnoreCase) || text.Contains("octet-stream", StringComparison.OrdinalIgnoreCase);

    /// <summary>Two or more JSON documents one after another, in the text or in its body after the first blank line.</summary>
    public static bool IsGlued(string text)
    {
        var blank = text.IndexOf("\n\n", StringComparison.Ordinal);
        return CountDocuments(text) > 1 || (blank >= 0 && CountDocuments(text.Substring(blank + 2)) > 1);
    }

    private static int CountDocuments(string text)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text.Trim()), new JsonReaderOptions { AllowMultipleValues = true });
        var count = 0;
        try
        {
            while (reader.Read())
            {
                reader.Skip();
                count++;
            }
        }
        catch (JsonException)
        {
            return 0;
        }

        return count;
    }

    /// <summary>The start of a text on one line, for a report.</summary>
    public static string Excerpt(string text, int length = 80)
    {
        var line = string.Join(' ', text.Split(new[] { '\r', '\n', '\t' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length <= length ? line : line.Substring(0, length) + "…";
    }
}
