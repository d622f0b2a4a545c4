using System;
using System.Collections.Generic;
using System.Linq;

namespace TcApi.Generator.Overlay;

/// <summary>The names closest to a misspelt one, for "did you mean" hints.</summary>
internal static class NearestNames
{
    public static IReadOnlyList<string> Find(string name, IEnumerable<string> candidates, int count = 3) =>
        Find(name, candidates.Select(c => new KeyValuePair<string, string>(c, c)), count);

    /// <summary>
    /// The keys closest to <paramref name="name"/> by their own name or another name of theirs (a service's key
    /// <c>as</c> and its folder <c>autoscaling</c>); <paramref name="names"/> pairs each key with each of its names.
    /// </summary>
    public static IReadOnlyList<string> Find(string name, IEnumerable<KeyValuePair<string, string>> names, int count = 3)
    {
        var lower = name.ToLowerInvariant();
        return names
            .Where(c => Distance(lower, c.Value.ToLowerInvariant()) <= Math.Max(2, name.Length / 3) || c.Value.IndexOf(name, StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf(c.Value, StringComparison.OrdinalIgnoreCase) >= 0)
            .GroupBy(c => c.Key, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Distance: g.Min(c => Distance(lower, c.Value.ToLowerInvariant()))))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(count)
            .Select(c => c.Name)
            .ToList();
    }

    /// <summary>"; nearest: a, b" or nothing.</summary>
    public static string Hint(string name, IEnumerable<string> candidates) => Hint(Find(name, candidates));

    /// <summary>"; nearest: a, b" or nothing.</summary>
    public static string Hint(IReadOnlyList<string> nearest) =>
        nearest.Count == 0 ? string.Empty : "; nearest: " + string.Join(", ", nearest);

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
