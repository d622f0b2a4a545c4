namespace TcApi.Import.Mining;

/// <summary>
/// The constraint reader: what a member's documentation states about its value, and what an object's documentation
/// states about its members together. Each language is read on its own; where both state a constraint of a kind and
/// they differ, neither is mined; English alone stands in only where the Chinese text had nothing of that kind.
/// Deterministic and free of shared state.
/// </summary>
public static class ConstraintMiner
{
    /// <summary>The constraints the documentation of <paramref name="doc"/> states, ordered by kind.</summary>
    public static IReadOnlyList<MinedConstraint> Mine(MemberDoc doc)
    {
        var shape = MemberShape.Of(doc.Type, doc.ElementType);
        if (shape.Value == ValueKind.Other && !shape.IsList)
        {
            return Array.Empty<MinedConstraint>();
        }

        var zh = LanguageReading.Of(doc.Chinese, shape, doc.Member, doc.ElementType, chinese: true);
        var en = doc.English is { Length: > 0 } english ? LanguageReading.Of(english, shape, doc.Member, doc.ElementType, chinese: false) : LanguageReading.Empty;

        var range = Choose(zh.Range, en.Range, (a, b) => a.Lower == b.Lower && a.Upper == b.Upper && a.LowerStrict == b.LowerStrict && a.UpperStrict == b.UpperStrict);
        var length = Choose(zh.Length, en.Length, (a, b) => a.Lower == b.Lower && a.Upper == b.Upper);
        var count = Choose(zh.Count, en.Count, (a, b) => a.Lower == b.Lower && a.Upper == b.Upper);
        var values = Choose(zh.Values, en.Values, (a, b) => a.SameValues(b));

        // English stands in for a kind only where the Chinese text read nothing about the same thing: not a range where the
        // Chinese gave the values (or the values where it gave a range), nor a bound whose number the Chinese read as
        // another kind ("最大100条" as a count, "maximum value: 100" as a bound on each id).
        var chineseNumbers = new[] { zh.Range.Value, zh.Length.Value, zh.Count.Value }.OfType<Bounds>().SelectMany(b => new[] { b.Lower, b.Upper }).OfType<decimal>().ToHashSet();
        if (range?.Language == "en" && (zh.Values.Value is not null || Shares(range.Item, chineseNumbers)))
        {
            range = null;
        }

        if (values?.Language == "en" && zh.Range.Value is not null)
        {
            values = null;
        }

        if (length?.Language == "en" && Shares(length.Item, chineseNumbers))
        {
            length = null;
        }

        if (count?.Language == "en" && Shares(count.Item, chineseNumbers))
        {
            count = null;
        }

        // A range and a list of codes that disagree (a code outside the range) are two readings of one thing: keep neither.
        // The range as stated counts, even where the codes themselves made the reader decline it.
        var statedRange = range?.Item ?? zh.StatedRange ?? en.StatedRange;
        if (statedRange is { } r && values is { } v && shape.IsInteger
            && v.Item.Values.Any(code => !NumberText.TryParse(code, out var n) || !r.Admits(n)))
        {
            range = null;
            values = null;
        }

        var mined = new List<MinedConstraint>(4);
        if (range is { } bounds)
        {
            var b = bounds.Item;
            mined.Add(new MinedConstraint(MinedKind.Range, shape.IsList,
                b.LowerStrict ? null : b.Lower, b.UpperStrict ? null : b.Upper, b.LowerStrict ? b.Lower : null, b.UpperStrict ? b.Upper : null,
                Array.Empty<string>(), false, b.Quote, b.Confidence, bounds.Language));
        }

        if (length is { } lengths)
        {
            mined.Add(new MinedConstraint(MinedKind.Length, shape.IsList, lengths.Item.Lower, lengths.Item.Upper, null, null,
                Array.Empty<string>(), false, lengths.Item.Quote, lengths.Item.Confidence, lengths.Language));
        }

        if (count is { } counts)
        {
            mined.Add(new MinedConstraint(MinedKind.ItemCount, false, counts.Item.Lower, counts.Item.Upper, null, null,
                Array.Empty<string>(), false, counts.Item.Quote, counts.Item.Confidence, counts.Language));
        }

        if (values is { } list)
        {
            mined.Add(new MinedConstraint(MinedKind.AllowedValues, shape.IsList, null, null, null, null,
                list.Item.Values, shape.IsInteger, list.Item.Quote, list.Item.Confidence, list.Language));
        }

        return mined;
    }

    /// <summary>
    /// The length in bytes the documentation of a string member (or of a list's string items) states, read with the same
    /// traps as a length in characters, or null. Chinese and English that disagree give nothing; English stands in only
    /// where the Chinese text has no byte length and declined none.
    /// </summary>
    public static MinedByteLength? MineByteLength(MemberDoc doc)
    {
        var shape = MemberShape.Of(doc.Type, doc.ElementType);
        if (shape.Value != ValueKind.String)
        {
            return null;
        }

        Reading<Bounds> Read(string document)
        {
            if (document.Length == 0)
            {
                return Reading<Bounds>.None;
            }

            var clean = DocText.Clean(document);
            var folded = DocText.Fold(clean);
            return LengthReader.Read(CaseScope.Mark(SentenceSplitter.Split(clean, folded)), shape, doc.Member, folded, bytes: true);
        }

        var chosen = Choose(Read(doc.Chinese), Read(doc.English ?? string.Empty), (a, b) => a.Lower == b.Lower && a.Upper == b.Upper);
        return chosen is { Item: var b } ? new MinedByteLength(shape.IsList, b.Lower, b.Upper, b.Quote, b.Confidence, chosen.Language) : null;
    }

    /// <summary>
    /// The rules the documentation of an object's members states among them, each once (by kind and members), members
    /// in the object's order.
    /// </summary>
    public static IReadOnlyList<MinedRule> MineRules(IReadOnlyList<(string Name, string Chinese, string? English)> members)
    {
        var names = members.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var order = members.Select((m, i) => (m.Name, i)).GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var rules = new List<MinedRule>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var language in new[] { "zh", "en" })
        {
            foreach (var (name, chinese, english) in members)
            {
                var doc = language == "zh" ? chinese : english;
                if (doc is not { Length: > 0 })
                {
                    continue;
                }

                var clean = DocText.Clean(doc);
                foreach (var rule in RuleReader.Read(name, SentenceSplitter.Split(clean, DocText.Fold(clean)), names, language))
                {
                    var ordered = rule.Members.OrderBy(m => order[m]).ToList();
                    var setKey = string.Join(',', ordered);
                    // English stands in only for a set of members the Chinese text ties by no rule.
                    if ((language == "en" && seen.Contains(setKey)) || !seen.Add($"{rule.Kind}:{setKey}"))
                    {
                        continue;
                    }

                    seen.Add(setKey);
                    rules.Add(rule with { Members = ordered });
                }
            }
        }

        return rules;
    }

    private static Sourced<T>? Choose<T>(Reading<T> zh, Reading<T> en, Func<T, T, bool> same)
        where T : class
    {
        if (zh.Value is { } z)
        {
            return en.Value is { } e && !same(z, e) ? null : new Sourced<T>(z, "zh");
        }

        return en.Value is { } english && !zh.Refused ? new Sourced<T>(english, "en") : null;
    }

    private static bool Shares(Bounds bounds, HashSet<decimal> numbers) =>
        (bounds.Lower is { } low && low > 1 && numbers.Contains(low)) || (bounds.Upper is { } high && high > 1 && numbers.Contains(high));

    private sealed record Sourced<T>(T Item, string Language);

    /// <summary>Every reader's result over one language's text of a member.</summary>
    private sealed record LanguageReading(Reading<Bounds> Range, Bounds? StatedRange, Reading<Bounds> Length, Reading<Bounds> Count, Reading<ValueList> Values)
    {
        public static readonly LanguageReading Empty = new(Reading<Bounds>.None, null, Reading<Bounds>.None, Reading<Bounds>.None, Reading<ValueList>.None);

        public static LanguageReading Of(string document, MemberShape shape, string member, string element, bool chinese)
        {
            if (document.Length == 0)
            {
                return Empty;
            }

            var clean = DocText.Clean(document);
            var folded = DocText.Fold(clean);
            var sentences = CaseScope.Mark(SentenceSplitter.Split(clean, folded));
            var stated = shape.IsNumber ? RangeReader.Stated(sentences, folded, shape, member) : Reading<Bounds>.None;
            return new LanguageReading(
                shape.IsNumber ? RangeReader.Check(stated, folded, shape) : Reading<Bounds>.None,
                stated.Value,
                shape.Value == ValueKind.String ? LengthReader.Read(sentences, shape, member, folded) : Reading<Bounds>.None,
                shape.IsList ? ItemCountReader.Read(sentences, folded, member, element) : Reading<Bounds>.None,
                AllowedValuesReader.Read(clean, folded, shape, member, chinese));
        }
    }
}
