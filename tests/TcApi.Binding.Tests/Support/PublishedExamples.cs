using System.Text.Json;

namespace TcApi.Binding.Tests.Support;

/// <summary>One published example of a spec file, with the outcome its overlay expects (valid when it says nothing).</summary>
internal sealed record PublishedExample(string Action, string Title, string? Format, byte[]? Input, byte[]? Output, IReadOnlyList<string> ExpectedViolations)
{
    public override string ToString() => $"{Action}: {Title}";

    /// <summary>Every published example of <paramref name="specPath"/>, with expectations from <paramref name="overlayPath"/>.</summary>
    public static IReadOnlyList<PublishedExample> Read(string specPath, string? overlayPath)
    {
        using var spec = JsonDocument.Parse(File.ReadAllBytes(specPath));
        using var overlay = overlayPath is null ? null : JsonDocument.Parse(File.ReadAllBytes(overlayPath));
        var examples = new List<PublishedExample>();
        foreach (var action in spec.RootElement.GetProperty("actions").EnumerateArray())
        {
            var name = action.GetProperty("name").GetString()!;
            if (!action.TryGetProperty("examples", out var list))
            {
                continue;
            }

            foreach (var example in list.EnumerateArray())
            {
                if (example.TryGetProperty("source", out var source) && source.GetString() != "published")
                {
                    continue;
                }

                var title = example.GetProperty("title").GetString()!;
                examples.Add(new PublishedExample(
                    name,
                    title,
                    example.TryGetProperty("inputFormat", out var format) ? format.GetString() : "json",
                    example.TryGetProperty("input", out var input) ? JsonSerializer.SerializeToUtf8Bytes(input) : null,
                    example.TryGetProperty("output", out var output) ? JsonSerializer.SerializeToUtf8Bytes(output) : null,
                    Expected(overlay, name, title)));
            }
        }

        return examples;
    }

    private static IReadOnlyList<string> Expected(JsonDocument? overlay, string action, string title)
    {
        if (overlay is not null &&
            overlay.RootElement.TryGetProperty("actions", out var actions) && actions.TryGetProperty(action, out var entry) &&
            entry.TryGetProperty("publishedExamples", out var published) && published.TryGetProperty(title, out var expectation) &&
            expectation.GetProperty("expect") is { ValueKind: JsonValueKind.Object } expect)
        {
            return expect.GetProperty("violates").EnumerateArray().Select(v => v.GetString()!).ToList();
        }

        return Array.Empty<string>();
    }
}
