using System.Text.Json;

namespace TcApi.Streaming.Tests;

/// <summary>The events of the catalogue spec's published streamed example: the answer Tencent documents, verbatim.</summary>
internal static class PublishedEvents
{
    public static string SpecPath => Path.Combine(AppContext.BaseDirectory, "Specs", "hunyuan-v20230901.tcapi.json");

    /// <summary>The body (after the HTTP head) of the first published ChatCompletions example that answers with events.</summary>
    public static string ChatCompletionsBody()
    {
        using var spec = JsonDocument.Parse(File.ReadAllBytes(SpecPath));
        var action = spec.RootElement.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("name").GetString() == "ChatCompletions");
        foreach (var example in action.GetProperty("examples").EnumerateArray())
        {
            if (example.TryGetProperty("outputText", out var text) && text.GetString() is { } output && output.Contains("\ndata:", StringComparison.Ordinal))
            {
                var head = output.IndexOf("\n\n", StringComparison.Ordinal);
                return output[(head + 2)..];
            }
        }

        throw new InvalidOperationException("The spec has no published streamed example of ChatCompletions.");
    }

    /// <summary>The published body cut into its events, each with its blank line.</summary>
    public static IReadOnlyList<string> ChatCompletionsEvents() =>
        ChatCompletionsBody().Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(e => e + "\n\n").ToList();
}
