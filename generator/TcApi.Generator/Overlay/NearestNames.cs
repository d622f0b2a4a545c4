using System;
using System.Collections.Generic;
using System.Linq;

namespace TcApi.Generator.Overlay;

/// <summary>The names closest to a misspelt one, for "did you mean" hints.</summary>
internal static class NearestNames
{
    public static IReadOnlyList<string> Find(string name, IEnumerable<string> candidates, int count = 3)
    {
        var lower = name.ToLowerInvariant();
        return candidates
            .Select(c => (Name: c, Distance: Distance(lower, c.ToLowerInvariant())))
            .Where(c => c.Distance <= Math.Max(2, name.Length / 3) || c.Name.IndexOf(name, StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf(c.Name, StringComparison.OrdinalIgnoreCase) >= 0)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(count)
            .Select(c => c.Name)
            .ToList();
    }

    /// <summary>"; nearest: a, b" or nothing.</summary>
    public static string Hint(string name, IEnumerable<string> candidates)
    {
        var nearest = Find(name, candidates);
        return nearest.Count == 0 ? string.Empty : "; nearest: " + string.Join(", ", nearest);
    }

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
