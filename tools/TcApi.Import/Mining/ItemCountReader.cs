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
        @"(?:数组最大长度|列表最大长度|数组的(?:最大)?长度|列表的(?:最大)?长度|数组长度|列表长度|数组大小|数组元素个数|列表元素个数|元素个数|元素数量|数组个数|列表个数|个数|数量|条数)[^,;。\d]{0,8}?(?:不超过|不能超过|不得超过|不可超过|不大于|最多(?:为|支持)?|最大(?:为|支持|值为|是)?|上限(?:为|是)?|限制(?:为|在|:)?|小于等于|<=|≤|不超|:|为)\s*(?<hi>\d+)" + End
        + @"|(?:最多|最大|上限(?:为|是)?|不超过|不能超过|不得超过|不可超过|至多|单次(?:最多|最大)?)" + Verbs + @"\s*(?<hi>\d+)" + End + @"\s*(?:个|条|项|组|台|张|份|元素)"
        + @"|(?:上限(?:为|是)|不超过|不能超过|最多|最大)\s*(?<hi>\d+)" + End + @"(?=\s*(?:$|[,;.。)]))"
        + @"|\b(?:up to|at most|a maximum of|maximum of|no more than|not exceed|cannot exceed|can't exceed|must not exceed|limit(?:ed)? to|max\.?)\s*(?<hi>\d+)" + End
        + @"\s*(?:items?|elements?|entries|values|IDs?|instances|resources|records|objects|members|tags|[A-Za-z]+s)\b"
        + @"|\b(?:array|list) (?:length|size)\b[^,;.\d]{0,20}?(?<hi>\d+)" + End
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

    // "只支持绑定单个安全组", "目前仅支持指定一张代金券", "置放群组id，仅支持指定一个", "Only one security group can be associated":
    // a list that takes one item. Not a count of values ("value值个数只支持一个" is said of each filter).
    [GeneratedRegex(
        @"(?<![数值])(?:目前|当前|暂时|暂)?(?:仅|只)(?:支持|允许|可以|可|能)(?:设置|指定|绑定|解绑|填写|传入|添加|修改|传|选择|填|输入|操作)?(?:单个|一个|一张|一条|一项|1个|1张|1项)(?![值元]|多)"
        + @"|\bonly (?:one|1|a single)\b(?: (?!of\b|layers?\b|levels?\b)[\w-]+){0,3} (?:can|is|are|may) (?:be )?(?:specified|set|associated|disassociated|added|passed|entered|selected|bound|unbound|allowed|supported)\b(?! for (?:one|each|every|a|an)\b| per\b)"
        + @"|\b(?:you )?can only (?:specify|set|pass|enter|add|bind|select) (?:one|a single)\b|\bonly supports? (?:specifying |setting |adding |passing )?(?:one|1|a single)\b(?! value)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OnlyOnePattern();

    [GeneratedRegex(@"值|\bvalues?\b|\bkeywords?\b|\bof\b.+\band\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ValueCountPattern();

    [GeneratedRegex(@"每个|单个|每一个|每项|每条|每组|每种|每类|字符|字节|\beach\b|\bevery\b|\bcharacters?\b|\bbytes?\b|(?<!数组|列表|数组最大|列表最大|数组的|列表的|数组的最大|列表的最大)长度|(?<!array |list )\blength\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ItemPattern();

    [GeneratedRegex(@"[A-Z][a-z]+[A-Z][A-Za-z]*", RegexOptions.CultureInvariant)]
    private static partial Regex FieldNamePattern();

    public static Reading<Bounds> Read(IReadOnlyList<DocSentence> sentences, string document = "", string member = "", string element = "")
    {
        Bounds? result = null;
        var refused = false;
        foreach (var sentence in sentences)
        {
            var reading = ReadSentence(sentence, member, element);
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

    private static Reading<Bounds> ReadSentence(DocSentence sentence, string member, string element)
    {
        var text = sentence.Folded;
        var candidates = new List<Bounds>();
        var spans = new List<(int Start, int End)>();
        var advice = false;
        var otherField = false;
        if (OnlyOnePattern().Match(text) is { Success: true } one && !Traps.InExample(text, one.Index)
            && !ValueCountPattern().IsMatch(text[..(one.Index + one.Length)]) && !OneOfPattern().IsMatch(text))
        {
            spans.Add((one.Index, one.Index + one.Length));
            // "同名字的Key的过滤条件会冲突, 只能填写一个": "only one" names its subject in a clause before it.
            if (NamesAnotherField(text, one, member, element, wholeSentence: true))
            {
                otherField = true;
            }
            else
            {
                candidates.Add(new Bounds(null, false, 1, false, MinedConfidence.High, sentence.Text));
            }
        }

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
                if (NamesAnotherField(text, m, member, element))
                {
                    otherField = true;
                    continue;
                }

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

                if (NamesAnotherField(text, m, member, element))
                {
                    otherField = true;
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
            return advice || otherField ? Reading<Bounds>.Refusal : Reading<Bounds>.None;
        }

        // "单个" in "只支持绑定单个安全组" is the count itself, not a word about each item.
        var rest = spans.Count > 0 && OnlyOnePattern().Match(text) is { Success: true } only ? text.Remove(only.Index, only.Length) : text;
        if (sentence.SetAside || Traps.IsConditional(text) || Traps.IsAboutSomethingElse(text) || ItemPattern().IsMatch(rest))
        {
            return Reading<Bounds>.Refusal;
        }

        return Bounds.MergeAll(candidates);
    }

    /// <summary>
    /// "支持SpaceId,AccountUin,AppId(最多100个)", "SourceType 为点播…上限30个", "Filters.Values 的上限为 20": a count in a
    /// sentence that names another field (CamelCase, anywhere in the sentence; one capitalised word in Chinese text, in the
    /// count's clause) is said of that field, or under a condition on it. Not another field: the member's own name or its
    /// items' type ("您可以输入最多3个 LipColorInfo", "Key 列表" on Keys), or a name in a clause that says where values come
    /// from ("可以通过 DescribeLoadBalancers 接口获取", "请登录 MongoDB 控制台").
    /// </summary>
    private static bool NamesAnotherField(string text, Match count, string member, string element, bool wholeSentence = false)
    {
        var chinese = text.Any(c => c >= '\u4e00' && c <= '\u9fff');
        var clause = wholeSentence ? text : ClauseOf(text, count.Index);
        var names = FieldNamePattern().Matches(text).Select(n => (n.Value, Clause: ClauseOf(text, n.Index)))
            .Concat(chinese ? CapitalisedWordPattern().Matches(clause).Select(n => (n.Value, Clause: clause)) : []);
        return names.Any(n => !Own(n.Value) && !SourceHintPattern().IsMatch(n.Clause));

        bool Own(string name) =>
            member.StartsWith(name, StringComparison.Ordinal) || name.StartsWith(member, StringComparison.Ordinal)
            || (element.Length > 0 && (element.StartsWith(name, StringComparison.Ordinal) || name.StartsWith(element, StringComparison.Ordinal)));
    }

    private static string ClauseOf(string text, int at)
    {
        var start = text.LastIndexOfAny([',', ';', '。', '\n'], Math.Max(0, at - 1)) + 1;
        var end = text.IndexOfAny([',', ';', '。', '\n'], at);
        return text[start..(end < 0 ? text.Length : end)];
    }

    [GeneratedRegex(@"(?<![A-Za-z])[A-Z][a-z]{2,}(?![A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedWordPattern();

    [GeneratedRegex(@"(?:通过|调用|参考|详见|参见|见|从)[^,;。]{0,30}?(?:接口|API|获取|查询|返回|控制台)|控制台|\bobtained\b|\b(?:see|refer to|by calling|through)\b|\bconsole\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SourceHintPattern();

    // "二者必填一个且只能填写一个", "有且只能选择一个": one of two members, a rule, not a count.
    [GeneratedRegex(@"二者|两者|其中|有且|之一|\bone of\b|\beither\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OneOfPattern();
}
