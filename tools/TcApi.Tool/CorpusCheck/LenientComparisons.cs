using System.Text.Json.Nodes;
using TcApi.Client;
using TcApi.Errors;
using TcApi.Wire;

namespace TcApi.Tool.CorpusCheck;

/// <summary>An output the strict reader refused, read as a client reads it (leniently) and as the official SDK reads it.</summary>
internal static class LenientComparisons
{
    public static LenientComparison Of(ApiActionDescriptor descriptor, byte[] body, JsonNode output, ResponseFormatException strict)
    {
        IReadOnlyList<(string Path, string Raw, string Expected)> contradictions;
        bool tcApiReads;
        string tcApiHolds;
        try
        {
            var response = ResponseReading.Leniently(descriptor.ReadResponse, body);
            var lenientReads = response is ILenientlyRead lenient ? lenient.LenientReads : [];
            tcApiReads = true;
            tcApiHolds = string.Join("; ", lenientReads.Select(r => $"{r.Path} {r.Outcome}: {r.Held}"));
            contradictions = lenientReads.Select(r => (r.Path, r.RawJson, r.Expected)).ToList();
        }
        catch (Exception e)
        {
            tcApiReads = false;
            tcApiHolds = e is ResponseFormatException f ? $"ResponseFormatException at {f.Path}: {f.Reason}" : $"{e.GetType().Name}: {e.Message}";
            contradictions = [(strict.Path, At(output, strict.Path)?.ToJsonString() ?? "null", ExpectedOf(strict.Reason))];
        }

        // The SDK checks Response.Error before the model: an error without a code is its exception, not a read.
        if (contradictions.Any(c => c.Path.EndsWith("/Error/Code", StringComparison.Ordinal)))
        {
            return new LenientComparison(tcApiReads, tcApiHolds, false, "TencentCloudSDKException (Response.Error present)");
        }

        var newtonsoft = contradictions
            .Where(c => c.Expected.Length > 0)
            .Select(c => (c.Path, Read: NewtonsoftReading.Read(c.Expected, c.Raw, IsListItem(c.Path))))
            .ToList();
        var reads = newtonsoft.All(n => n.Read.Reads);
        var holds = string.Join("; ", newtonsoft.Select(n => $"{n.Path}: {n.Read.Holds}"));
        return new LenientComparison(tcApiReads, tcApiHolds, reads, holds);
    }

    private static bool IsListItem(string path) => path.Length > 0 && char.IsDigit(path[path.LastIndexOf('/') + 1]);

    /// <summary>The documented type in a strict reader's reason, as the readers name it.</summary>
    private static string ExpectedOf(string reason)
    {
        const string prefix = "expected ";
        if (!reason.StartsWith(prefix, StringComparison.Ordinal))
        {
            return string.Empty;
        }

        var found = reason.IndexOf(", found", StringComparison.Ordinal);
        return found < 0 ? string.Empty : reason.Substring(prefix.Length, found - prefix.Length);
    }

    private static JsonNode? At(JsonNode node, string pointer)
    {
        JsonNode? current = node;
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            current = current switch
            {
                JsonArray array when int.TryParse(segment, out var index) && index < array.Count => array[index],
                JsonObject obj => obj[segment.Replace("~1", "/").Replace("~0", "~")],
                _ => null,
            };
        }

        return current;
    }
}
