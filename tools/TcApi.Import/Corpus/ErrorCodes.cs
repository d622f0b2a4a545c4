using System.Text.Json;

namespace TcApi.Import.Corpus;

/// <summary>A service version's error codes: every code with its description, and each action's documented list.</summary>
public sealed class ErrorCodes
{
    public static readonly ErrorCodes Empty = new(new Dictionary<string, string>(), new Dictionary<string, IReadOnlyList<string>>());

    public ErrorCodes(IReadOnlyDictionary<string, string> codes, IReadOnlyDictionary<string, IReadOnlyList<string>> actions)
    {
        Codes = codes;
        Actions = actions;
    }

    public IReadOnlyDictionary<string, string> Codes { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Actions { get; }

    internal static ErrorCodes From(JsonElement root, string service, string version)
    {
        if (!root.GetProperty("services").TryGetProperty($"{service}/{version}", out var entry))
        {
            return Empty;
        }

        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var code in entry.GetProperty("codes").EnumerateObject())
        {
            codes[code.Name] = code.Value.GetString() ?? string.Empty;
        }

        var actions = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var action in entry.GetProperty("actions").EnumerateObject())
        {
            actions[action.Name] = action.Value.EnumerateArray().Select(c => c.GetString() ?? string.Empty).ToList();
        }

        return new ErrorCodes(codes, actions);
    }
}
