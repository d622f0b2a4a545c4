using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TcApi.Import.Tencent;

namespace TcApi.Import.Translation;

/// <summary>
/// Whether an action answers with server-sent events, from what Tencent publishes: an example answer made of
/// <c>data:</c> lines, or an output whose RequestId is documented as sent in the <c>X-TC-RequestId</c> header because
/// the answer streams (the mark Tencent's SDK generators go by). An input member <c>Stream</c> of type bool is the
/// switch that asks for the stream; an action without one always streams.
/// </summary>
public static partial class StreamingShape
{
    /// <summary>The spec's <c>streaming</c> value, or <see langword="null"/> for an ordinary action.</summary>
    public static JsonObject? Detect(TencentObject? input, TencentObject? output, TencentObject? englishOutput, JsonArray? examples)
    {
        JsonObject? provenance = null;
        if ((HeaderRequestId(output) ?? HeaderRequestId(englishOutput)) is { } sentence)
        {
            provenance = new JsonObject { ["documented"] = sentence };
        }
        else if (examples is not null)
        {
            foreach (var example in examples)
            {
                if (example?["outputText"]?.GetValue<string>() is { } text && DataLine().IsMatch(text))
                {
                    provenance = new JsonObject { ["inferred"] = $"The published example '{example["title"]?.GetValue<string>()}' answers with server-sent events ('data:' lines)." };
                    break;
                }
            }
        }

        if (provenance is null)
        {
            return null;
        }

        var node = new JsonObject { ["value"] = true };
        if (input?.Members.FirstOrDefault(m => m.Name == "Stream" && m.Type == "bool") is not null)
        {
            node["requestFlag"] = "Stream";
        }

        node["provenance"] = provenance;
        return node;
    }

    /// <summary>The sentence of the output's RequestId documentation that names the header, when it does.</summary>
    private static string? HeaderRequestId(TencentObject? output)
    {
        var document = output?.Members.FirstOrDefault(m => m.Name == "RequestId")?.Document;
        if (document is null || !document.Contains("X-TC-RequestId", StringComparison.Ordinal))
        {
            return null;
        }

        return SentenceEnd().Split(document).Select(s => s.Trim()).First(s => s.Contains("X-TC-RequestId", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"(?<=[。.])\s*", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(^|\n)[ \t]*data:", RegexOptions.CultureInvariant)]
    private static partial Regex DataLine();
}
