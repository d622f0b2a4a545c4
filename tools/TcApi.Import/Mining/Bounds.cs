namespace TcApi.Import.Mining;

/// <summary>
/// A lower and an upper bound, each inclusive or strict, and how sure the reading is. Readings of one member are merged
/// side by side; two readings that give one side different values conflict, and then nothing is mined.
/// </summary>
internal sealed record Bounds(decimal? Lower, bool LowerStrict, decimal? Upper, bool UpperStrict, MinedConfidence Confidence, string Quote)
{
    /// <summary>Every candidate of one sentence side by side; two that give one side different values refuse the sentence.</summary>
    public static Reading<Bounds> MergeAll(IEnumerable<Bounds> candidates)
    {
        Bounds? merged = null;
        foreach (var candidate in candidates)
        {
            merged = Merge(merged, candidate, out var conflict);
            if (conflict)
            {
                return Reading<Bounds>.Refusal;
            }
        }

        return new Reading<Bounds>(merged, false);
    }

    public static Bounds? Merge(Bounds? a, Bounds? b, out bool conflict)
    {
        conflict = false;
        if (a is null || b is null)
        {
            return a ?? b;
        }

        if ((a.Lower is not null && b.Lower is not null && (a.Lower != b.Lower || a.LowerStrict != b.LowerStrict))
            || (a.Upper is not null && b.Upper is not null && (a.Upper != b.Upper || a.UpperStrict != b.UpperStrict)))
        {
            conflict = true;
            return null;
        }

        var quote = a.Quote == b.Quote || b.Quote.Length == 0 || a.Quote.Contains(b.Quote, StringComparison.Ordinal) ? a.Quote : $"{a.Quote} {b.Quote}";
        return new Bounds(a.Lower ?? b.Lower, a.Lower is not null ? a.LowerStrict : b.LowerStrict, a.Upper ?? b.Upper, a.Upper is not null ? a.UpperStrict : b.UpperStrict,
            a.Confidence == MinedConfidence.High && b.Confidence == MinedConfidence.High ? MinedConfidence.High : MinedConfidence.Medium, quote);
    }

    /// <summary>Whether some value lies within the bounds.</summary>
    public bool IsSatisfiable => Lower is not { } low || Upper is not { } high || low < high || (low == high && !LowerStrict && !UpperStrict);

    public bool Admits(decimal value) =>
        (Lower is not { } low || (LowerStrict ? value > low : value >= low)) && (Upper is not { } high || (UpperStrict ? value < high : value <= high));
}
