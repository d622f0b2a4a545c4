using System.Text.Json;

namespace TcApi.Binding.Tests;

/// <summary>The GAAP examples, read from the spec files exactly as checked in: published ones from the base spec, authored ones from the overlay.</summary>
internal static class SpecExamples
{
    public static string GaapSpecPath => Path.Combine(AppContext.BaseDirectory, "Specs", "gaap-v20180529.tcapi.json");

    public static string GaapOverlayPath => Path.Combine(AppContext.BaseDirectory, "Specs", "gaap-v20180529.tcapi-overlay.json");

    /// <summary>The <paramref name="index"/>th published example's input of <paramref name="action"/>.</summary>
    public static byte[] Input(string action, int index) => Published(action, index, "input");

    /// <summary>The <paramref name="index"/>th published example's output of <paramref name="action"/>.</summary>
    public static byte[] Output(string action, int index) => Published(action, index, "output");

    /// <summary>The input of the overlay's example titled <paramref name="title"/>.</summary>
    public static byte[] Authored(string action, string title)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(GaapOverlayPath));
        var example = document.RootElement.GetProperty("actions").GetProperty(action).GetProperty("examples").EnumerateArray()
            .Single(e => e.GetProperty("title").GetString() == title);
        return JsonSerializer.SerializeToUtf8Bytes(example.GetProperty("input"));
    }

    private static byte[] Published(string action, int index, string part)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(GaapSpecPath));
        var actionElement = document.RootElement.GetProperty("actions").EnumerateArray()
            .Single(a => a.GetProperty("name").GetString() == action);
        return JsonSerializer.SerializeToUtf8Bytes(actionElement.GetProperty("examples")[index].GetProperty(part));
    }
}
