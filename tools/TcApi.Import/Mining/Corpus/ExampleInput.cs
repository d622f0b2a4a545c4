using System.Text.Json.Nodes;
using TcApi.Import.Translation;

namespace TcApi.Import.Mining.Corpus;

/// <summary>
/// A published example's request as JSON: the body of a JSON example, or the parameters of a legacy query example
/// (<c>Filters.0.Name=x</c> → <c>{"Filters": [{"Name": "x"}]}</c>, every value a string). Anything else is not read.
/// </summary>
public static class ExampleInput
{
    public static JsonObject? Read(string input)
    {
        var example = PublishedExample.Parse(string.Empty, string.Empty, input, string.Empty);
        return example.Format switch
        {
            ExampleFormat.Json => example.Input,
            ExampleFormat.Query => FromQuery(example.InputText),
            _ => null,
        };
    }

    public static JsonObject? FromQuery(string text)
    {
        var query = text.IndexOf('?', StringComparison.Ordinal) is var q and >= 0 ? text[(q + 1)..] : text;
        var root = new JsonObject();
        foreach (var raw in query.Split(new[] { '&', '\n' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = raw.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            var path = raw[..equals].Split('.');
            var value = Uri.UnescapeDataString(raw[(equals + 1)..]);
            if (path[0] is "Action" or "Version" or "Region" or "Timestamp" or "Nonce" or "SecretId" or "Signature" or "SignatureMethod" or "Token" or "Language")
            {
                continue;
            }

            if (!Set(root, path, value))
            {
                return null;
            }
        }

        return root;
    }

    private static bool Set(JsonObject root, string[] path, string value)
    {
        JsonNode current = root;
        for (var i = 0; i < path.Length; i++)
        {
            var last = i == path.Length - 1;
            var nextIsIndex = !last && int.TryParse(path[i + 1], out _);
            JsonNode Make() => last ? JsonValue.Create(value)! : nextIsIndex ? new JsonArray() : new JsonObject();
            switch (current)
            {
                case JsonObject obj:
                    if (!obj.TryGetPropertyValue(path[i], out var child) || child is null)
                    {
                        child = Make();
                        obj[path[i]] = child;
                    }

                    current = child;
                    break;
                case JsonArray array when int.TryParse(path[i], out var index) && index >= 0 && index <= array.Count:
                    if (index == array.Count)
                    {
                        array.Add(Make());
                    }

                    current = array[index]!;
                    break;
                default:
                    return false;
            }
        }

        return true;
    }
}
