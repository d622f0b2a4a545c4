using System.Text.RegularExpressions;

namespace TcApi.Import.Mining;

/// <summary>
/// Reads how many items a list may hold: <c>最多支持20个</c>, <c>数组长度不超过100</c>, <c>数组长度限制：10</c>,
/// <c>每次请求的实例的上限为100</c>, <c>至少 1 个</c>, "up to 100 items". Only on list members; a sentence about each
/// item (<c>每个</c>, characters) is not about the count.
/// </summary>
internal static partial class ItemCountReader
{
    private const string End = @"(?!\d|\.\d|,\d{3}(?!\d)|\s*(?:[KMGTkmgt]i?[Bb]|[KMGkmgWw万千](?![A-Za-z]))|\s*(?:~|-|到|至)\s*\d|" + Traps.ConditionValueEnd + @")";
    private const string Verbs = @"(?:支持|可|能|允许|传入|输入|指定|填写|查询|设置|添加|绑定|关联|上传|选择|请求|为|传|填|包含|配置|提交|操作|同时)*";

    [GeneratedRegex(
        @"(?:数组长度|列表长度|数组大小|数组元素个数|列表元素个数|元素个数|元素数量|数组个数|列表个数|个数|数量|条数)[^,;。\d]{0,8}?(?:不超过|不能超过|不得超过|不可超过|不大于|最多(?:为|支持)?|最大(?:为|支持|值为|是)?|上限(?:为|是)?|限制(?:为|在|:)?|小于等于|<=|≤|不超|:|为)\s*(?<hi>\d+)" + End
        + @"|(?:最多|最大|上限(?:为|是)?|不超过|不能超过|不得超过|不可超过|至多|单次(?:最多|最大)?)" + Verbs + @"\s*(?<hi>\d+)" + End + @"\s*(?:个|条|项|组|台|张|份|元素)"
        + @"|(?:上限(?:为|是)|不超过|不能超过|最多|最大)\s*(?<hi>\d+)" + End + @"(?=\s*(?:$|[,;.。)]))"
        + @"|\b(?:up to|at most|a maximum of|maximum of|no more than|not exceed|cannot exceed|can't exceed|must not exceed|limit(?:ed)? to|max\.?)\s*(?<hi>\d+)" + End
        + @"\s*(?:items?|elements?|entries|values|IDs?|instances|resources|records|objects|members|tags|[A-Za-z]+s)\b"
        + @"|\b(?:array|list) (?:length|size)\b[^,;.\d]{0,12}?(?<hi>\d+)" + End
        + @"|\bmaximum (?:number of (?:items|elements|entries)|array length|list length)(?:\s+is|:)?\s*(?<hi>\d+)" + End,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MaxPattern();

    [GeneratedRegex(
        @"(?:数组长度|列表长度|数组大小|元素个数|元素数量|数量范围|个数范围|数量|个数|\barray length|\blist length|\bnumber of (?:items|elements|entries))[^,;。\d]{0,10}?(?<lo>\d+)\s*(?:~|-|到|至|\bto\b)\s*(?<hi>\d+)(?!\d|\.\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpanPattern();

    [GeneratedRegex(
        @"(?:至少|最少|不少于|不能少于|最小(?:为|是)?)" + Verbs + @"\s*(?<lo>\d+)" + End + @"\s*(?:个|条|项|组|元素)"
        + @"|\b(?:at least)\s*(?<lo>\d+)" + End + @"\s*(?:items?|elements?|entries|values|IDs?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MinPattern();

    [GeneratedRegex(@"每个|单个|每一个|每项|每条|每组|每种|每类|字符|字节|\beach\b|\bevery\b|\bcharacters?\b|\bbytes?\b|(?<!数组|列表)长度|(?<!array |list )\blength\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ItemPattern();

    [GeneratedRegex(@"[A-Z][a-z]+[A-Z][A-Za-z]*", RegexOptions.CultureInvariant)]
    private static partial Regex FieldNamePattern();

    public static Reading<Bounds> Read(IReadOnlyList<DocSentence> sentences, string document = "")
    {
        Bounds? result = null;
        var refused = false;
        foreach (var sentence in sentences)
        {
            var reading = ReadSentence(sentence);
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

        // "最多100个，超过部分截断": a list past the bound is cut back, not refused.
        if (result.Upper is not null && SoftBounds.HasClamp(document))
        {
            return Reading<Bounds>.Refusal;
        }

        return result.IsSatisfiable && result.Upper is not 0 ? new Reading<Bounds>(result, refused) : Reading<Bounds>.Refusal;
    }

    private static Reading<Bounds> ReadSentence(DocSentence sentence)
    {
        var text = sentence.Folded;
        var candidates = new List<Bounds>();
        var spans = new List<(int Start, int End)>();
        var advice = false;
        foreach (Match m in SpanPattern().Matches(text))
        {
            if (!Traps.InExample(text, m.Index) && !Traps.InDefaultClause(text, m.Index) && NumberText.TryParse(m.Groups["lo"].Value, out var lo) && NumberText.TryParse(m.Groups["hi"].Value, out var hi))
            {
                if (SoftBounds.IsAdvice(text, m))
                {
                    advice = true;
                    spans.Add((m.Index, m.Index + m.Length));
                    continue;
                }

                spans.Add((m.Index, m.Index + m.Length));
                candidates.Add(new Bounds(lo, false, hi, false, MinedConfidence.High, sentence.Text));
            }
        }

        foreach (var (pattern, upper) in new[] { (MaxPattern(), true), (MinPattern(), false) })
        {
            foreach (Match m in pattern.Matches(text))
            {
                if (Traps.IsSetAside(text, m, spans)
                    || !NumberText.TryParse(m.Groups[upper ? "hi" : "lo"].Value, out var value))
                {
                    continue;
                }

                // "一般建议2-6个", "建议不超过10个": advice, not a limit.
                if (SoftBounds.IsAdvice(text, m))
                {
                    advice = true;
                    continue;
                }

                var labelled = m.Value.Contains("数组", StringComparison.Ordinal) || m.Value.Contains("列表", StringComparison.Ordinal)
                    || m.Value.Contains("个", StringComparison.Ordinal) || m.Value.Contains("item", StringComparison.OrdinalIgnoreCase)
                    || m.Value.Contains("element", StringComparison.OrdinalIgnoreCase);
                var confidence = labelled ? MinedConfidence.High : MinedConfidence.Medium;
                candidates.Add(upper ? new Bounds(null, false, value, false, confidence, sentence.Text) : new Bounds(value, false, null, false, confidence, sentence.Text));
            }
        }

        if (candidates.Count == 0)
        {
            return advice ? Reading<Bounds>.Refusal : Reading<Bounds>.None;
        }

        // "支持SpaceId,AccountUin,AppId(最多100个)": a count said of named fields is not the count of this list.
        if (sentence.SetAside || Traps.IsConditional(text) || Traps.IsAboutSomethingElse(text) || ItemPattern().IsMatch(text) || FieldNamePattern().IsMatch(text))
        {
            return Reading<Bounds>.Refusal;
        }

        return Bounds.MergeAll(candidates);
    }
}
