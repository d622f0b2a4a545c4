using System.Text.RegularExpressions;

namespace TcApi.Import.Mining;

/// <summary>
/// Reads a string's length bounds: <c>长度不超过64个字符</c>, <c>长度为1-60个字符</c>, <c>不超过 60 个字符</c>,
/// <c>最大长度 90</c>, "up to 64 characters", "1–60 characters". A limit in bytes is not read (the spec has no length
/// in bytes, and a character bound is not what the sentence states); a limit counted in 汉字 or with a size unit is not read.
/// </summary>
internal static partial class LengthReader
{
    private const string Unit = @"\s*(?<unit>个字符|个英文字符|英文字符|个ASCII字符|ASCII字符|字符|位字符串|位字符|个字节|字节|位|个汉字|汉字|个中文|中文|characters?|chars?|bytes?)?";
    private const string End = @"(?!\d|\.\d|,\d{3}(?!\d)|\s*(?:[KMGTkmgt]i?[Bb]|[KMGkmgWw万千](?![A-Za-z]))|\s*(?:~|-|到|至)\s*\d|" + Traps.ConditionValueEnd + @")";

    [GeneratedRegex(@"(?:长度|字符数|字数|\blength\b)[^,;。\d]{0,10}?(?<lo>\d+)\s*(?:~|-|到|至|\bto\b)\s*(?<hi>\d+)" + End + Unit
        + @"|(?:长度|字符数|边界值|\blength\b)\s*(?:为|是|范围为?|:|\bis\b|\bmust be\b|\bin\b)?\s*\[\s*(?<lo>\d+)\s*,\s*(?<hi>\d+)\s*\]" + Unit
        + @"|(?<![\w.\-])(?<lo>\d+)\s*(?:~|-|到|至|\bto\b)\s*(?<hi>\d+)\s*(?:个)?(?<unit>字符|字节|英文字符|characters?|chars?|bytes?)"
        + @"|\bbetween\s+(?<lo>\d+)\s+and\s+(?<hi>\d+)\s*(?<unit>characters?|chars?|bytes?)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpanPattern();

    [GeneratedRegex(
        @"(?:长度|字符数|字数|\blength\b)[^,;。\d]{0,10}?(?:不超过|不能超过|不得超过|不可超过|不应超过|不大于|不能大于|最多(?:为|支持)?|最大(?:为|是|值为|支持)?|上限(?:为|是)?|限制(?:为|在|:)?|小于等于|<=|≤|不超|至多|在"
        + @"|\bmax(?:imum)?(?:\s+(?:of|is))?:?|\bup to|\bno more than|\bnot exceed|\bcannot exceed|\bcan't exceed|\bmust not exceed|\blimit(?:ed)?(?:\s+to)?:?|\bless than or equal to|\bwithin|\bat most)\s*(?<hi>\d+)" + End + Unit + @"(?:以内|以下)?"
        + @"|(?:最大长度|最大允许长度|长度上限|最长|最大字符数|\bmax(?:imum)? length)\s*(?:为|是|:|不超过|\bis|\bof)?\s*(?<hi>\d+)" + End + Unit
        + @"|(?:不超过|不能超过|不得超过|不可超过|最多|最大|至多|不大于|小于等于|限制|\bup to|\bat most|\bno more than|\bnot exceed|\bcannot exceed|\bmaximum(?:\s+of)?|\bmax\.?|\bwithin)\s*(?<hi>\d+)" + End + @"\s*(?:个)?(?<unit>字符|字节|英文字符|ASCII字符|位字符串|位字符|characters?|chars?|bytes?)"
        + @"|(?<![\w.\-])(?<hi>\d+)\s*(?:个)?(?<unit>字符|字节|characters?|chars?|bytes?)\s*(?:以内|以下|\bor (?:less|fewer))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MaxPattern();

    [GeneratedRegex(@"(?:长度|字符数|\blength\b)[^,;。\d]{0,10}?(?<!不|不能|不得|不可|不应)(?:小于|\bless than(?! or equal))\s*(?<hi>\d+)" + End + Unit, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrictMaxPattern();

    [GeneratedRegex(@"(?:长度|字符数|\blength\b)[^,;。\d]{0,10}?(?:不少于|不小于|不能少于|不能小于|不得小于|不得少于|不低于|至少|最少|最小(?:为|是)?|大于等于|≥|>=|\bat least|\bminimum(?:\s+of)?|\bno less than)\s*(?<lo>\d+)" + End + Unit
        + @"|(?:最小长度|\bmin(?:imum)? length)\s*(?:为|是|:|\bis|\bof)?\s*(?<lo>\d+)" + End + Unit,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MinPattern();

    [GeneratedRegex(@"(?:长度|字符数)\s*(?:为|是)\s*\d+" + End + @"\s*(?:个)?字符", RegexOptions.CultureInvariant)]
    private static partial Regex ExactPattern();

    [GeneratedRegex(@"数组|列表|元素个数|个数|条数|\barray\b|\blist\b|\bitems\b|\belements\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListCountPattern();

    [GeneratedRegex(@"每个|单个|每一个|每项|每条|\beach\b|\bevery\b|\bsingle\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EachPattern();

    [GeneratedRegex(@"汉字|中文|\bChinese\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChinesePattern();

    // "开始和结束时间段最长为60分钟": a duration, a size or a count after the number is no length.
    [GeneratedRegex(@"^\s*(?:毫秒|秒|分钟|小时|天|周|个月|月|年|ms\b|s\b|min\b|minutes?\b|hours?\b|days?\b|seconds?\b|%|MB|GB|KB|像素|px\b|帧|次|条|张|项|行)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherUnitPattern();

    /// <summary>
    /// The length bounds the sentences state in characters, or, with <paramref name="bytes"/>, in bytes (<c>长度上限：1024字节</c>,
    /// "up to 128 bytes"): each reading takes the bounds of its own unit, declines those of the other, and applies the same traps.
    /// </summary>
    public static Reading<Bounds> Read(IReadOnlyList<DocSentence> sentences, MemberShape shape, string member = "", string document = "", bool bytes = false)
    {
        Bounds? result = null;
        var refused = false;
        foreach (var sentence in sentences)
        {
            var reading = ReadSentence(sentence, shape, member, bytes);
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

        // "名称最长255字符，超过截断": a value past the bound is cut back, not refused.
        if (result.Upper is not null && SoftBounds.HasClamp(document))
        {
            return Reading<Bounds>.Refusal;
        }

        return result.IsSatisfiable && result.Lower is not < 0 ? new Reading<Bounds>(result, refused) : Reading<Bounds>.Refusal;
    }

    private static Reading<Bounds> ReadSentence(DocSentence sentence, MemberShape shape, string member, bool inBytes)
    {
        var text = sentence.Folded;
        var candidates = new List<Bounds>();
        var spans = new List<(int Start, int End)>();
        var refused = false;
        var chinese = ChinesePattern().IsMatch(text);

        // Strict before inclusive: "长度小于512" must not also read as a maximum of 512 through a looser pattern.
        Collect(SpanPattern(), hasLower: true, hasUpper: true, strictUpper: false);
        Collect(StrictMaxPattern(), hasLower: false, hasUpper: true, strictUpper: true);
        Collect(MaxPattern(), hasLower: false, hasUpper: true, strictUpper: false);
        Collect(MinPattern(), hasLower: true, hasUpper: false, strictUpper: false);
        // "长度为60个字符" says neither "exactly" nor "at most" for sure: declined, so the other language does not stand in.
        refused |= candidates.Count == 0 && !inBytes && ExactPattern().IsMatch(text);
        if (candidates.Count == 0)
        {
            return refused ? Reading<Bounds>.Refusal : Reading<Bounds>.None;
        }

        // On a list, a length is about each item only when the sentence says characters of each item, not the array's length.
        var listLength = ListCountPattern().IsMatch(text);
        if (refused || sentence.SetAside || Traps.IsConditional(text) || Traps.IsAboutSomethingElse(text)
            || (shape.IsList ? listLength || !EachPattern().IsMatch(text) && !HasCharacterUnit(text) : listLength || EachPattern().IsMatch(text)))
        {
            return Reading<Bounds>.Refusal;
        }

        return Bounds.MergeAll(candidates);

        void Collect(Regex pattern, bool hasLower, bool hasUpper, bool strictUpper)
        {
            foreach (Match m in pattern.Matches(text))
            {
                if (Traps.IsSetAside(text, m, spans))
                {
                    continue;
                }

                spans.Add((m.Index, m.Index + m.Length));
                // Advice ("建议不超过20个字符"), a bound on a part of the value ("后缀长度1-128个字符") or a number in
                // another unit ("最长为60分钟") is seen and declined.
                if (SoftBounds.IsAdvice(text, m) || Traps.IsAboutASum(text, m) || Traps.IsAboutAPart(text, m.Index, member)
                    || (m.Groups["unit"].Length == 0 && OtherUnitPattern().IsMatch(text.AsSpan(m.Index + m.Length))))
                {
                    refused = true;
                    continue;
                }

                var unit = m.Groups["unit"].Value.ToLowerInvariant();
                var bytes = unit.Contains("字节", StringComparison.Ordinal) || unit.StartsWith("byte", StringComparison.Ordinal);
                // A limit in bytes is not a length in characters: a reading in characters declines it (and the other
                // language's character bound does not stand in for it); a reading in bytes takes only it.
                if (bytes != inBytes)
                {
                    refused |= bytes;
                    continue;
                }

                if (unit.Contains("汉字", StringComparison.Ordinal) || unit.Contains("中文", StringComparison.Ordinal))
                {
                    refused = true;
                    continue;
                }

                decimal? lo = hasLower && NumberText.TryParse(m.Groups["lo"].Value, out var l) ? l : null;
                decimal? hi = hasUpper && NumberText.TryParse(m.Groups["hi"].Value, out var h) ? (strictUpper ? h - 1 : h) : null;

                // Beside a Chinese-counting rule a minimum above one could reject a valid value (a character may count as
                // several): only the maximum is kept. A minimum of one only says "not empty", true in any counting.
                if (chinese && lo > 1)
                {
                    lo = null;
                }

                if (lo is null && hi is null)
                {
                    continue;
                }

                candidates.Add(new Bounds(lo, false, hi, false, MinedConfidence.High, sentence.Text));
            }
        }
    }

    private static bool HasCharacterUnit(string text) =>
        text.Contains("字符", StringComparison.Ordinal) || text.Contains("character", StringComparison.OrdinalIgnoreCase);
}
