using System.Text.Json;
using System.Text.Json.Nodes;

namespace TcApi.RoundTrip;

/// <summary>Whether an answer of the local cloud is one of an action's published example outputs.</summary>
public static class PublishedAnswers
{
    /// <summary>
    /// Whether <paramref name="answer"/> (the body the local cloud sent) is the output of one of
    /// <paramref name="examples"/>: apart from the fresh RequestId for a JSON answer, as published for a stream of events.
    /// The local cloud chose that example (several examples share one input), so an error answered this way is
    /// documentation's ambiguity, not the local cloud's own refusal.
    /// </summary>
    public static bool IsOneOf(string answer, JsonArray examples)
    {
        var parsed = TryParse(answer);
        return examples.Any(e => parsed is not null
            ? e?["output"] is { } output && SameEnvelope(parsed, output)
            : e?["outputText"] is JsonValue text && string.Equals(((string?)text)?.Trim(), answer.Trim(), StringComparison.Ordinal));
    }

    /// <summary>Whether <paramref name="answer"/> is the JSON <paramref name="output"/>, apart from the fresh RequestId.</summary>
    public static bool Equal(string answer, JsonNode? output) =>
        output is not null && TryParse(answer) is { } parsed && SameEnvelope(parsed, output);

    private static bool SameEnvelope(JsonNode answer, JsonNode output) =>
        JsonNode.DeepEquals(WithoutRequestId(answer.DeepClone()), WithoutRequestId(output.DeepClone()));

    /// <summary>The answer as JSON, or <see langword="null"/> for a body that is not one JSON document (a stream of events).</summary>
    private static JsonNode? TryParse(string answer)
    {
        try
        {
            return JsonNode.Parse(answer);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonNode WithoutRequestId(JsonNode envelope)
    {
        (envelope["Response"] as JsonObject)?.Remove("RequestId");
        return envelope;
    }
}
