using System.Text.Json;

namespace TcApi.Binding.Tests;

/// <summary>The published examples, read from the spec files exactly as checked in.</summary>
internal static class SpecExamples
{
    public static string GaapSpecPath => Path.Combine(AppContext.BaseDirectory, "Specs", "gaap-v20180529.tcapi.json");

    public static byte[] Input(string action, int index) => Example(action, index, "input");

    public static byte[] Output(string action, int index) => Example(action, index, "output");

    private static byte[] Example(string action, int index, string part)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(GaapSpecPath));
        var actionElement = document.RootElement.GetProperty("actions").EnumerateArray()
            .Single(a => a.GetProperty("name").GetString() == action);
        return JsonSerializer.SerializeToUtf8Bytes(actionElement.GetProperty("examples")[index].GetProperty(part));
    }
}
