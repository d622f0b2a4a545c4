using Newtonsoft.Json;

namespace TcApi.Tool.CorpusCheck;

/// <summary>
/// How the official .NET SDK reads a value that contradicts its documented type: Newtonsoft.Json with its default
/// settings (<c>JsonConvert.DeserializeObject</c>, as the SDK's AbstractClient calls it) into a member declared the way
/// the SDK's models declare it — a public property with <c>[JsonProperty]</c>, <c>string</c> for strings,
/// <c>long?</c>/<c>ulong?</c> for integers, <c>float?</c>, <c>bool?</c>, a class for an object, an array for a list.
/// The rest of the example is not modelled: it read without contradiction.
/// </summary>
public static class NewtonsoftReading
{
    /// <summary>Reads <paramref name="rawJson"/> into a member of the documented type; what it holds, or why it fails.</summary>
    /// <param name="expected">The documented type as the readers name it (<c>a string</c>, <c>a whole number</c>, <c>an array</c>...).</param>
    /// <param name="isListItem">Whether the value is an item of a list (then read as the only item of an SDK array).</param>
    public static (bool Reads, string Holds) Read(string expected, string rawJson, bool isListItem)
    {
        var json = "{\"V\":" + (isListItem ? "[" + rawJson + "]" : rawJson) + "}";
        try
        {
            object? value = (expected, isListItem) switch
            {
                ("a string", false) => JsonConvert.DeserializeObject<Holder<string>>(json)!.V,
                ("a string", true) => JsonConvert.DeserializeObject<Holder<string[]>>(json)!.V?[0],
                ("true or false", false) => JsonConvert.DeserializeObject<Holder<bool?>>(json)!.V,
                ("true or false", true) => JsonConvert.DeserializeObject<Holder<bool?[]>>(json)!.V?[0],
                ("a number", false) => JsonConvert.DeserializeObject<Holder<float?>>(json)!.V,
                ("a number", true) => JsonConvert.DeserializeObject<Holder<float?[]>>(json)!.V?[0],
                ("an object", false) => JsonConvert.DeserializeObject<Holder<SdkModel>>(json)!.V,
                ("an object", true) => JsonConvert.DeserializeObject<Holder<SdkModel[]>>(json)!.V?[0],
                ("an array", _) => JsonConvert.DeserializeObject<Holder<SdkModel[]>>(json)!.V,
                (_, false) when expected.StartsWith("a whole number from 0", StringComparison.Ordinal) => JsonConvert.DeserializeObject<Holder<ulong?>>(json)!.V,
                (_, true) when expected.StartsWith("a whole number from 0", StringComparison.Ordinal) => JsonConvert.DeserializeObject<Holder<ulong?[]>>(json)!.V?[0],
                (_, false) when expected.StartsWith("a whole number", StringComparison.Ordinal) => JsonConvert.DeserializeObject<Holder<long?>>(json)!.V,
                (_, true) when expected.StartsWith("a whole number", StringComparison.Ordinal) => JsonConvert.DeserializeObject<Holder<long?[]>>(json)!.V?[0],
                _ => throw new ArgumentException($"no SDK type for {expected}"),
            };
            return (true, value switch
            {
                null => "null",
                string s => "\"" + s + "\"",
                bool b => b ? "true" : "false",
                SdkModel => "an object",
                SdkModel[] list => $"a list of {list.Length}",
                IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                _ => value.ToString() ?? string.Empty,
            });
        }
        catch (JsonException e)
        {
            return (false, e.GetType().Name + ": " + FirstSentence(e.Message));
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message.Substring(0, end + 1);
    }

    private sealed class Holder<T>
    {
        [JsonProperty("V")]
        public T? V { get; set; }
    }

    /// <summary>An SDK model: public nullable properties, each with its wire name.</summary>
    private sealed class SdkModel
    {
        [JsonProperty("Name")]
        public string? Name { get; set; }

        [JsonProperty("Id")]
        public long? Id { get; set; }
    }
}
