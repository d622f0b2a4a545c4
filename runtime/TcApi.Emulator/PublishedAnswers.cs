using System.Text.Json;
using System.Text.Json.Nodes;

namespace TcApi.Emulator;

/// <summary>
/// The published example answer of each action, from the GAAP spec the emulator carries: what an action the emulator
/// keeps no state for answers. An example that is an error answer is passed over; an action with no success example
/// answers with just a RequestId (every response model reads that).
/// </summary>
internal sealed class PublishedAnswers
{
    private const string SpecResource = "TcApi.Emulator.gaap-v20180529.tcapi.json";
    private readonly Dictionary<string, byte[]> _answers;

    private PublishedAnswers(Dictionary<string, byte[]> answers) => _answers = answers;

    /// <summary>How many actions have a published answer.</summary>
    public int Count => _answers.Count;

    public static PublishedAnswers Load()
    {
        using var stream = typeof(PublishedAnswers).Assembly.GetManifestResourceStream(SpecResource)
            ?? throw new InvalidOperationException($"The emulator's spec {SpecResource} is not embedded.");
        using var spec = JsonDocument.Parse(stream);
        var answers = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var action in spec.RootElement.GetProperty("actions").EnumerateArray())
        {
            if (!action.TryGetProperty("examples", out var examples))
            {
                continue;
            }

            foreach (var example in examples.EnumerateArray())
            {
                if (example.TryGetProperty("output", out var output) && output.TryGetProperty("Response", out var response) &&
                    response.ValueKind == JsonValueKind.Object && !response.TryGetProperty("Error", out _))
                {
                    answers.TryAdd(action.GetProperty("name").GetString()!, JsonSerializer.SerializeToUtf8Bytes(output));
                    break;
                }
            }
        }

        return new PublishedAnswers(answers);
    }

    /// <summary>The answer of <paramref name="action"/> with <paramref name="requestId"/> in it.</summary>
    public byte[] For(string action, string requestId)
    {
        var answer = _answers.TryGetValue(action, out var published) ? JsonNode.Parse(published)! : new JsonObject { ["Response"] = new JsonObject() };
        answer["Response"]!["RequestId"] = requestId;
        return JsonSerializer.SerializeToUtf8Bytes(answer);
    }
}
