using System.Globalization;
using System.Text.Json;

namespace TcApi.Binding.Tests.Support;

/// <summary>
/// Whether a JSON document written from a typed model carries every value of the document it was read from: each
/// member present and non-null in the original is present and equal in the written one (a number written as a string
/// equals the number; a null list item, which readers drop, is skipped). Members the original lacks may appear with
/// the model's defaults. This is the "equal JSON" of a round trip through a typed model that holds defaults.
/// </summary>
internal static class JsonCoverage
{
    /// <summary>The first value of <paramref name="original"/> that <paramref name="written"/> lacks or changes, as a path and reason; null when none.</summary>
    public static string? FirstDifference(JsonElement original, JsonElement written, string path = "")
    {
        switch (original.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return null;
            case JsonValueKind.Object:
                if (written.ValueKind != JsonValueKind.Object)
                {
                    return $"{path}: an object became {written.ValueKind}";
                }

                foreach (var property in original.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.Null)
                    {
                        continue;
                    }

                    if (!written.TryGetProperty(property.Name, out var copy))
                    {
                        return $"{path}/{property.Name}: missing";
                    }

                    if (FirstDifference(property.Value, copy, path + "/" + property.Name) is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            case JsonValueKind.Array:
                if (written.ValueKind != JsonValueKind.Array)
                {
                    return $"{path}: an array became {written.ValueKind}";
                }

                var items = original.EnumerateArray().Where(i => i.ValueKind != JsonValueKind.Null).ToList();
                var copies = written.EnumerateArray().ToList();
                if (items.Count != copies.Count)
                {
                    return $"{path}: {items.Count} items became {copies.Count}";
                }

                for (var i = 0; i < items.Count; i++)
                {
                    if (FirstDifference(items[i], copies[i], $"{path}/{i}") is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            default:
                return SameScalar(original, written) ? null : $"{path}: {original.GetRawText()} became {written.GetRawText()}";
        }
    }

    private static bool SameScalar(JsonElement a, JsonElement b)
    {
        if (Number(a) is { } x && Number(b) is { } y)
        {
            return x == y;
        }

        if (a.ValueKind is JsonValueKind.True or JsonValueKind.False || b.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return Flag(a) is { } p && Flag(b) is { } q && p == q;
        }

        return a.ValueKind == JsonValueKind.String && b.ValueKind == JsonValueKind.String && a.GetString() == b.GetString();
    }

    private static decimal? Number(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Number => e.TryGetDecimal(out var d) ? d : (decimal)e.GetDouble(),
        JsonValueKind.String when decimal.TryParse(e.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) => s,
        _ => null,
    };

    /// <summary>Booleans and the 0/1 (or "true"/"false") forms the readers accept for them.</summary>
    private static bool? Flag(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when e.TryGetInt64(out var n) && n is 0 or 1 => n == 1,
        JsonValueKind.String => e.GetString() switch { "true" or "1" => true, "false" or "0" => false, _ => null },
        _ => null,
    };
}
