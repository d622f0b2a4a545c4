using System.Text.RegularExpressions;

namespace TcApi.Import.Mining;

/// <summary>
/// Reads a number member's range: <c>取值范围：[1, 3600000]</c>, <c>(0, 100]</c>, <c>1~100</c>, <c>1-100</c>, <c>1到100</c>,
/// <c>介于 1 和 100 之间</c>, <c>最大值为100</c>, <c>不超过100</c>, <c>大于0</c> (strict), "between 1 and 100", "maximum
/// value: 100". A sentence with two ranges (<c>0 和 [128, 4096]</c>), a condition, or a bound on something else gives
/// nothing; so does a document whose default or special values (<c>0 表示不限制</c>) lie outside the range it states.
/// </summary>
internal static partial class RangeReader
{
    private const string Number = @"-?\d+(?:\.\d+)?";
    // Not part of a longer number (1,000), of a span that starts here (1-100), or a code with a meaning (1是…, 2：…).
    private const string NumberEnd = @"(?!\d|\.\d|,\d{3}(?!\d)|\s*(?:~|-|到|至)\s*\d|\s*(?:是|表示|代表|:(?!\d))|\s*为\s*[\p{IsCJKUnifiedIdeographs}]|" + Traps.ConditionValueEnd + @")";

    [GeneratedRegex(@"(?<open>[\[(])\s*(?<lo>" + Number + @")\s*,\s*(?<hi>" + Number + @")\s*(?<close>[\])])", RegexOptions.CultureInvariant)]
    private static partial Regex BracketPattern();

    [GeneratedRegex(@"(?<![A-Za-z0-9_./\-])(?<!\d:)(?<lo>" + Number + @")\s*(?<sep>~|-|到|至|\bto\b)\s*(?<hi>" + Number + @")" + NumberEnd + @"(?!\s*[-~:/])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpanPattern();

    [GeneratedRegex(@"\bbetween\s+(?<lo>" + Number + @")\s*(?:and|-|~)\s*(?<hi>" + Number + @")" + NumberEnd + @"|\bfrom\s+(?<lo>" + Number + @")\s+to\s+(?<hi>" + Number + @")" + NumberEnd,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BetweenPattern();

    [GeneratedRegex(@"取值范围|取值区间|数值范围|范围|区间|边界值|之间|介于|取值|可选值|有效值|\brange\b|\bbetween\b|\bvalues?\b|\bfrom\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RangeLabelPattern();

    [GeneratedRegex(
        @"(?<kw>最大值|最大合法值|最大允许值|最大取值|取值上限|上限值|上限|不超过|不能超过|不得超过|不可超过|不应超过|不允许超过|不超出|不能大于|不得大于|不可大于|不大于|不高于|不能高于|小于等于|小于或等于|<=|≤"
        + @"|maximum value|max value|the maximum|maximum|cannot exceed|can't exceed|must not exceed|should not exceed|not exceed|no more than|not more than|no greater than|not greater than|less than or equal to|equal to or (?:less|smaller) than)"
        + @"\s*(?:是|为|:|=|of|is|to|可(?:设置|设|取)?为|值为)?\s*(?<v>" + Number + @")" + NumberEnd,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpperPattern();

    [GeneratedRegex(@"(?<kw>最大|最多|至多|最高|最长|\bup to|\bat most|\bmax\.?)\s*(?:是|为|:|可(?:设置|设|取)?为|支持|可达|值为)?\s*(?<v>" + Number + @")" + NumberEnd
        + @"|(?<v>" + Number + @")\s*(?:个|条)?\s*(?<kw>以内)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeakUpperPattern();

    [GeneratedRegex(@"(?<!不|不能|不得|不可|\b(?:not|cannot|can't|never|no|must not|should not)\s+(?:be\s+)?|\bequal to or\s+)(?<kw>小于|低于|<(?!=)|\bless than(?! or equal))\s*(?:为)?\s*(?<v>" + Number + @")" + NumberEnd, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrictUpperPattern();

    [GeneratedRegex(
        @"(?<kw>最小值|最小合法值|最小允许值|最小取值|取值下限|下限值|下限|不小于|不能小于|不得小于|不可小于|不低于|不能低于|大于等于|大于或等于|>=|≥"
        + @"|minimum value|min value|the minimum|minimum|no less than|not less than|greater than or equal to|equal to or (?:greater|more|larger) than)"
        + @"\s*(?:是|为|:|=|of|is|值为)?\s*(?<v>" + Number + @")" + NumberEnd,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LowerPattern();

    [GeneratedRegex(@"(?<kw>最小|最少|至少|\bat least|\bmin\.?)\s*(?:是|为|:|值为)?\s*(?<v>" + Number + @")" + NumberEnd, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeakLowerPattern();

    [GeneratedRegex(@"(?<!不|不能|不得|不可|\b(?:not|cannot|can't|never|no|must not|should not)\s+(?:be\s+)?|\bequal to or\s+)(?<kw>大于|高于|>(?!=)|\bgreater than(?! or equal)|\bmore than)\s*(?:为)?\s*(?<v>" + Number + @")" + NumberEnd, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrictLowerPattern();

    [GeneratedRegex(@"^(?:最大值|最小值|最大取值|最小取值|取值上限|取值下限|大于等于|小于等于|大于或等于|小于或等于|大于|小于|maximum value|minimum value|max value|min value)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ValueBoundKeywordPattern();

    [GeneratedRegex(@"[)\]A-Za-z0-9_]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ExpressionBeforePattern();

    [GeneratedRegex(@"(?<!非)正整数|\bpositive integer", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PositivePattern();

    [GeneratedRegex(@"长度|字符|字节|个数|数组|列表|元素|\blength\b|\bcharacters?\b|\bitems?\b|\belements?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAValuePattern();

    [GeneratedRegex(@"长度|字符|字节|\blength\b|\bcharacters?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAnItemPattern();

    // "最多支持25个画面" bounds a count: a single number it bounds must be named like one (trtc MixLayoutMode is a code).
    [GeneratedRegex(@"Count|Cnt|Num|Number|Limit|Size|Max|Min|Total|Quantity|Amount|Top|Concurren|Length|Times|Retr|Threshold|Period|Offset|^Value$", RegexOptions.CultureInvariant)]
    private static partial Regex CountLikeNamePattern();

    [GeneratedRegex(@"(?:-?\d+(?:\.\d+)?)\s*(?:和|或|、|,|及|\bor\b|\band\b)\s*[\[(]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberBeforePattern();

    [GeneratedRegex(@"^\s*[\])]?\s*(?:和|或|、|,|及|\bor\b|\band\b)\s*[\[(]?\s*-?\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberAfterPattern();

    public static Reading<Bounds> Read(IReadOnlyList<DocSentence> sentences, string document, MemberShape shape, string member = "") =>
        Check(Stated(sentences, document, shape, member), document, shape);

    /// <summary>A stated range, kept only if it admits every default and special value and fits the member's type.</summary>
    public static Reading<Bounds> Check(Reading<Bounds> stated, string document, MemberShape shape)
    {
        if (stated.Value is not { } result)
        {
            return stated;
        }

        // "超过100按100返回", "超过最大值时取最大值": a value past the maximum is cut back, not refused.
        if (!result.IsSatisfiable || Traps.NamedValues(document).Any(v => !result.Admits(v)) || !FitsType(result, shape)
            || (result.Upper is not null && SoftBounds.HasClamp(document)))
        {
            return Reading<Bounds>.Refusal;
        }

        return stated;
    }

    /// <summary>The range the sentences state, before it is checked against the document's other numbers and the type.</summary>
    public static Reading<Bounds> Stated(IReadOnlyList<DocSentence> sentences, string document, MemberShape shape, string member = "")
    {
        Bounds? result = null;
        var refused = false;
        foreach (var sentence in sentences)
        {
            var reading = ReadSentence(sentence, document, shape, member);

            refused |= reading.Refused;
            result = Bounds.Merge(result, reading.Value, out var conflict);
            if (conflict)
            {
                return Reading<Bounds>.Refusal;
            }
        }

        if (result is null)
        {
            return refused ? Reading<Bounds>.Refusal : Reading<Bounds>.None;
        }

        return new Reading<Bounds>(result, refused);
    }

    private static bool FitsType(Bounds bounds, MemberShape shape)
    {
        if (!shape.IsInteger)
        {
            return true;
        }

        foreach (var bound in new[] { bounds.Lower, bounds.Upper })
        {
            if (bound is { } b && (decimal.Truncate(b) != b || b < long.MinValue || b > (shape.Value == ValueKind.UnsignedInteger ? ulong.MaxValue : long.MaxValue)))
            {
                return false;
            }
        }

        // A lower bound below zero says nothing about an unsigned member, and reads as a special value ("-1 means none").
        return shape.Value != ValueKind.UnsignedInteger || bounds.Lower is not < 0;
    }

    private static Reading<Bounds> ReadSentence(DocSentence sentence, string document, MemberShape shape, string member)
    {
        var text = sentence.Folded;
        var candidates = new List<Bounds>();
        var refused = false;
        var labelled = RangeLabelPattern().IsMatch(text);

        void Add(Bounds bounds) => candidates.Add(bounds);

        var spans = new List<(int Start, int End)>();
        foreach (var (pattern, kind) in new[] { (BracketPattern(), 0), (SpanPattern(), 1), (BetweenPattern(), 2) })
        {
            foreach (Match m in pattern.Matches(text))
            {
                if (Traps.IsSetAside(text, m, spans))
                {
                    continue;
                }

                var hiGroup = m.Groups["hi"];
                var suffix = NumberText.After(text, hiGroup.Index + hiGroup.Length + (kind == 0 ? 0 : 0), document);
                if (kind == 0)
                {
                    suffix = NumberText.After(text, m.Index + m.Length, document);
                }

                if (!NumberText.TryParse(m.Groups["lo"].Value, out var lo) || !NumberText.TryParse(hiGroup.Value, out var hi)
                    || SoftBounds.IsAdvice(text, m) || Traps.IsAboutASum(text, m) || Traps.IsAboutAPart(text, m.Index, member) || AboutSomethingElse(m)
                    || (kind == 1 && m.Groups["sep"].Value == "-" && !labelled)
                    || (kind == 1 && m.Groups["sep"].Value.Equals("to", StringComparison.OrdinalIgnoreCase) && !labelled)
                    || (kind == 0 && m.Groups["open"].Value == "(" && m.Groups["close"].Value == ")" && !labelled)
                    || suffix == NumberText.Suffix.Foreign || (suffix == NumberText.Suffix.Counter && (shape.IsList || !CountLikeNamePattern().IsMatch(member)))
                    || NumberBeforePattern().IsMatch(text.AsSpan(Math.Max(0, m.Index - 10), Math.Min(10, m.Index)).ToString())
                    || NumberAfterPattern().IsMatch(text.AsSpan(m.Index + m.Length)))
                {
                    refused = true;
                    spans.Add((m.Index, m.Index + m.Length));
                    continue;
                }

                spans.Add((m.Index, m.Index + m.Length));
                var confidence = labelled && suffix != NumberText.Suffix.Counter ? MinedConfidence.High : MinedConfidence.Medium;
                Add(new Bounds(lo, kind == 0 && m.Groups["open"].Value == "(", hi, kind == 0 && m.Groups["close"].Value == ")", confidence, sentence.Text));
            }
        }

        var spanCount = candidates.Count;
        OneSided(UpperPattern(), upper: true, strict: false, MinedConfidence.High);
        OneSided(StrictUpperPattern(), upper: true, strict: true, MinedConfidence.High);
        OneSided(LowerPattern(), upper: false, strict: false, MinedConfidence.High);
        OneSided(StrictLowerPattern(), upper: false, strict: true, MinedConfidence.High);
        if (!shape.IsList)
        {
            OneSided(WeakUpperPattern(), upper: true, strict: false, MinedConfidence.Medium);
            OneSided(WeakLowerPattern(), upper: false, strict: false, MinedConfidence.Medium);
            if (shape.IsInteger && PositivePattern().Match(text) is { Success: true } positive && !Traps.InExample(text, positive.Index) && !AboutSomethingElse(positive))
            {
                Add(new Bounds(0, true, null, false, MinedConfidence.Medium, sentence.Text));
            }
        }

        if (candidates.Count == 0)
        {
            return refused ? Reading<Bounds>.Refusal : Reading<Bounds>.None;
        }

        // Two different spans in one sentence are two ranges ("0 到 10，或 128 到 4096"): the model holds one.
        var distinctSpans = candidates.Take(spanCount).Distinct().Count();
        if (refused || distinctSpans > 1 || sentence.SetAside || Traps.IsConditional(text)
            || (shape.IsList && (Traps.IsAboutSomethingElse(text) || NotAnItemPattern().IsMatch(text))))
        {
            return Reading<Bounds>.Refusal;
        }

        return Bounds.MergeAll(candidates);

        // On a single number, a word that makes a bound one on something else counts in the bound's clause only:
        // "分页大小，默认值为20，最大值为1000" and "单页项目个数，…合法取值范围为1～1000" bound the number the first clause
        // describes; "每秒最多20次请求" is still a rate.
        bool AboutSomethingElse(Match m)
        {
            if (shape.IsList)
            {
                return false;
            }

            var clause = Traps.Clause(text, m);
            return Traps.IsAboutSomethingElse(clause) || NotAValuePattern().IsMatch(clause);
        }

        void OneSided(Regex pattern, bool upper, bool strict, MinedConfidence confidence)
        {
            foreach (Match m in pattern.Matches(text))
            {
                var v = m.Groups["v"];
                if (Traps.IsSetAside(text, m, spans) || !NumberText.TryParse(v.Value, out var value))
                {
                    continue;
                }

                spans.Add((m.Index, m.Index + m.Length));
                var keyword = m.Groups["kw"];

                // "建议最大取值100", "建议不低于34", "Maximum value: 100 is recommended": advice, not a limit.
                if (SoftBounds.IsAdvice(text, m) || Traps.IsAboutASum(text, m) || Traps.IsAboutAPart(text, m.Index, member) || AboutSomethingElse(m))
                {
                    refused = true;
                    continue;
                }

                // On a list, "上限为10" or "a maximum of 100" counts the items; only a bound said of the value is read.
                if (shape.IsList && !ValueBoundKeywordPattern().IsMatch(keyword.Value))
                {
                    continue;
                }

                // "(To-From) / interval <= 200": a comparison whose left side is an expression bounds the expression.
                if (!char.IsLetter(keyword.Value[0]) && ExpressionBeforePattern().IsMatch(text.AsSpan(0, keyword.Index)))
                {
                    refused = true;
                    continue;
                }

                var suffix = NumberText.After(text, v.Index + v.Length, document);
                if (suffix == NumberText.Suffix.Foreign || (suffix == NumberText.Suffix.Counter && (shape.IsList || !CountLikeNamePattern().IsMatch(member))))
                {
                    refused = true;
                    continue;
                }

                var sure = suffix == NumberText.Suffix.Counter ? MinedConfidence.Medium : confidence;
                Add(upper
                    ? new Bounds(null, false, value, strict, sure, sentence.Text)
                    : new Bounds(value, strict, null, false, sure, sentence.Text));
            }
        }
    }

}
