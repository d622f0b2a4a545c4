using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace TcApi.Generator.Analysis;

/// <summary>The C# value a code fix offers instead of a value that breaks a constraint; computed only for a finding.</summary>
internal static class FixValues
{
    /// <summary>
    /// The nearest value inside the range. For a <c>double</c> only an inclusive bound is one: the value just inside
    /// an exclusive bound is an arbitrary double, not a fix anyone wants.
    /// </summary>
    public static string? Clamp(MemberRule rule, Number value, ITypeSymbol type)
    {
        if (type.SpecialType is SpecialType.System_Double or SpecialType.System_Single)
        {
            return rule.Minimum is { } min && Number.Less(value, min) ? ValueText.Real(min.Real)
                : rule.Maximum is { } max && Number.Less(max, value) ? ValueText.Real(max.Real)
                : null;
        }

        if (!value.IsInteger)
        {
            return null;
        }

        var lower = Max(Lowest(rule.Minimum, exclusive: false), Lowest(rule.ExclusiveMinimum, exclusive: true));
        var upper = Min(Highest(rule.Maximum, exclusive: false), Highest(rule.ExclusiveMaximum, exclusive: true));
        return lower is { } l && value.Integer < l ? ValueText.Number(l)
            : upper is { } u && value.Integer > u ? ValueText.Number(u)
            : null;
    }

    /// <summary>The allowed value nearest to the one written: numerically, or by spelling (case first, then edits).</summary>
    public static string? NearestAllowed(MemberRule rule, ConstValue value)
    {
        if (value.Kind == ConstKind.Integer && value.EnumType is null)
        {
            var numbers = rule.Values.Select(SingleFieldChecks.ParseInteger).OfType<long>().ToList();
            return numbers.Count == 0 ? null : ValueText.Number(numbers.OrderBy(n => Math.Abs((decimal)n - value.Integer)).First());
        }

        if (value.Kind != ConstKind.String || rule.Values.Count == 0)
        {
            return null;
        }

        var nearest = rule.Values.FirstOrDefault(v => string.Equals(v, value.Text, StringComparison.OrdinalIgnoreCase))
            ?? (value.Text.Length <= 64 ? rule.Values.OrderBy(v => Distance(v, value.Text)).First() : rule.Values[0]);
        return Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(nearest, quote: true);
    }

    private static long? Lowest(Number? bound, bool exclusive) => bound switch
    {
        null => null,
        { IsInteger: true } b => exclusive ? (b.Integer == long.MaxValue ? null : b.Integer + 1) : b.Integer,
        { } b => Whole(exclusive ? Math.Floor(b.Real) + 1 : Math.Ceiling(b.Real)),
    };

    private static long? Highest(Number? bound, bool exclusive) => bound switch
    {
        null => null,
        { IsInteger: true } b => exclusive ? (b.Integer == long.MinValue ? null : b.Integer - 1) : b.Integer,
        { } b => Whole(exclusive ? Math.Ceiling(b.Real) - 1 : Math.Floor(b.Real)),
    };

    private static long? Whole(double value) => value is >= -9.2e18 and <= 9.2e18 ? (long)value : null;

    private static long? Max(long? a, long? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static long? Min(long? a, long? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

    /// <summary>Levenshtein distance, ignoring case.</summary>
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
                var same = char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 1]);
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (same ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
