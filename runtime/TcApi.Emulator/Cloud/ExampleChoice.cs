using System.Globalization;
using System.Text.Json;
using TcApi.Client;

namespace TcApi.Emulator.Cloud;

/// <summary>
/// Which published example answers a call (docs/emulator.md, "Answers"):
/// <list type="number">
/// <item>an error example answers only the request it shows, streamed or not (the service answers an error before any
/// stream starts);</item>
/// <item>a success example answers only calls of its kind: a streamed call an example of <c>data:</c> events, any other
/// call a JSON envelope; the one whose input is the request first;</item>
/// <item>else the success example whose input has the most top-level members equal to the request's (same name, equal
/// value); a tie goes to the one with fewer members that differ (on one side only, or unequal), then to the one
/// published first;</item>
/// <item>with a binding, only examples its reader reads; none left: <see langword="null"/> (the cloud makes an answer from
/// the response's types).</item>
/// </list>
/// </summary>
internal static class ExampleChoice
{
    public static PreparedExample? Choose(IReadOnlyList<PreparedExample> examples, JsonElement request, bool streamed, ApiActionDescriptor? descriptor)
    {
        PreparedExample? best = null;
        (int Equal, int Differing) bestScore = default;
        foreach (var example in examples)
        {
            var score = Score(example.Input, request);
            if (example.IsError)
            {
                // The service answers an error before any stream starts, so an error example answers its own request whatever the call's kind.
                if (score is { Differing: 0 })
                {
                    return example;
                }

                continue;
            }

            if (example.IsEventStream != streamed || (!example.IsEventStream && !example.ReadableBy(descriptor)))
            {
                continue;
            }

            if (score is { Differing: 0 })
            {
                return example;
            }

            var (equal, differing) = score ?? (0, int.MaxValue);
            if (best is null || equal > bestScore.Equal || (equal == bestScore.Equal && differing < bestScore.Differing))
            {
                best = example;
                bestScore = (equal, differing);
            }
        }

        return best;
    }

    /// <summary>How many top-level members the two have equal, and how many differ; <see langword="null"/> when either is not an object.</summary>
    private static (int Equal, int Differing)? Score(JsonElement example, JsonElement request)
    {
        if (example.ValueKind != JsonValueKind.Object || request.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        int equal = 0, differing = 0;
        foreach (var member in request.EnumerateObject())
        {
            if (example.TryGetProperty(member.Name, out var value) && ReadAlike(value, member.Value))
            {
                equal++;
            }
            else
            {
                differing++;
            }
        }

        foreach (var member in example.EnumerateObject())
        {
            if (!request.TryGetProperty(member.Name, out _))
            {
                differing++;
            }
        }

        return (equal, differing);
    }

    /// <summary>
    /// Whether the two values are the same as the service reads them: the same JSON, or a number or flag written as a
    /// string on one side (<c>"30"</c> and <c>30</c>, <c>"true"</c> and <c>true</c>), a flag written as 0 or 1, and
    /// objects and lists whose members and items are so. Published examples often quote numbers a client writes bare.
    /// </summary>
    internal static bool ReadAlike(JsonElement a, JsonElement b)
    {
        if (a.ValueKind == b.ValueKind)
        {
            return a.ValueKind switch
            {
                JsonValueKind.Object => SameMembers(a, b),
                JsonValueKind.Array => a.GetArrayLength() == b.GetArrayLength() && a.EnumerateArray().Zip(b.EnumerateArray()).All(p => ReadAlike(p.First, p.Second)),
                _ => JsonElement.DeepEquals(a, b),
            };
        }

        return Scalar(a) is { } left && Scalar(b) is { } right && left == right;
    }

    private static bool SameMembers(JsonElement a, JsonElement b)
    {
        var count = 0;
        foreach (var member in a.EnumerateObject())
        {
            count++;
            if (!b.TryGetProperty(member.Name, out var other) || !ReadAlike(member.Value, other))
            {
                return false;
            }
        }

        return count == b.EnumerateObject().Count();
    }

    /// <summary>A number or flag as one text to compare (a number by its value, a flag as 0 or 1); null for anything else.</summary>
    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => "1",
        JsonValueKind.False => "0",
        JsonValueKind.Number => Number(value.GetRawText()),
        JsonValueKind.String => value.GetString() switch
        {
            "true" => "1",
            "false" => "0",
            var text => Number(text),
        },
        _ => null,
    };

    private static string? Number(string? text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number.ToString("G29", CultureInfo.InvariantCulture) : null;
}
