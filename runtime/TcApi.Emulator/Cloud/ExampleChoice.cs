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
            if (example.TryGetProperty(member.Name, out var value) && JsonElement.DeepEquals(value, member.Value))
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
}
