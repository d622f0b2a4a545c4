using System.Text.Json.Nodes;

namespace TcApi.RoundTrip;

/// <summary>Whether an answer of the local cloud is one of an action's published example outputs.</summary>
public static class PublishedAnswers
{
    /// <summary>
    /// Whether <paramref name="answer"/> equals the output of one of <paramref name="examples"/>, apart from the fresh
    /// RequestId: the local cloud chose that example (several examples share one input), so an error answered this way
    /// is documentation's ambiguity, not the local cloud's own refusal.
    /// </summary>
    public static bool IsOneOf(JsonNode? answer, JsonArray examples)
    {
        var answered = WithoutRequestId(answer?.DeepClone());
        return answered is not null && examples.Any(e => e?["output"] is { } output && JsonNode.DeepEquals(answered, WithoutRequestId(output.DeepClone())));
    }

    /// <summary>Whether <paramref name="answer"/> equals <paramref name="output"/>, apart from the fresh RequestId.</summary>
    public static bool Equal(JsonNode? answer, JsonNode? output) =>
        answer is not null && output is not null && JsonNode.DeepEquals(WithoutRequestId(answer.DeepClone()), WithoutRequestId(output.DeepClone()));

    private static JsonNode? WithoutRequestId(JsonNode? envelope)
    {
        (envelope?["Response"] as JsonObject)?.Remove("RequestId");
        return envelope;
    }
}
