using System.Text.RegularExpressions;

namespace TcApi.Import.Mining;

/// <summary>
/// The wordings that must not be read as constraints: conditions (the sentence is skipped), examples (nothing after the
/// marker is read), open lists, defaults, and statements about something other than the member's value. All work on
/// folded text.
/// </summary>
internal static partial class Traps
{
    // 当前/当天/相当… are not "when"; 如果/若/假如 are "if" wherever they start a clause.
    [GeneratedRegex(
        @"(?:^|[,;:(\s、])(?:当(?!前|天|日|月|年|地|期|次|中|做|作|成)|若|如果|假如|倘若|如需|如要|一旦|只有)"
        + @"|仅在|仅当|仅对|仅针对|只在|只对|针对|对于|仅\s*[A-Za-z]|[A-Za-z]\s*=\s*[A-Za-z0-9]|仅[^,;。]{0,16}(?:需要|需|使用|可用|有效|适用)|(?:^\s*|[,;:]\s*)for (?:a|an|the|each)?\b|按.{0,8}处理|视为|视作|当作|当做|生效$|\btreated as\b"
        + @"|时[,:]|时(?:有效|生效|必填|才|可|需|需要|为|表示|则|默认|不|无效|支持|取值|最大|最小|仅|只|必须)"
        + @"|(?:情况|场景|模式|方式|类型|条件|前提|状态|环境|架构|版本|地域|地区|机型|规格|协议)下|方式时|模式时"
        + @"|否则(?!\s*(?:会|将)?\s*(?:修改|创建|调用|请求|操作|设置)?\s*(?:失败|报错|出错))|\botherwise\b(?!,? (?:the )?(?:request|call|operation|modification|creation|api) (?:will )?fails?|,? an error)|\b(?:if|when|whenever|unless|in case|only for|only applies|only valid|only supported for|applicable to|applies to|for some|for certain)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConditionPattern();

    [GeneratedRegex(
        @"例如|比如|诸如|举例|示例|样例|形如|格式如|类似|如[:""'“]|如\s*[A-Za-z0-9\[]|\be\.g\b|\bfor example\b|\bsuch as\b|\bfor instance\b|\bexample\b|\blike\s+[""'\d]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExamplePattern();

    [GeneratedRegex(@"等(?!于|待|级|同|效|价|候)|包括但不限于|不限于|\betc\b|and so on|and more|among others|其他|其它|保留|以此类推|…|\.\.\.|\breserved\b|other values",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpenListPattern();

    [GeneratedRegex(@"默认|缺省|不填|不传|未填|未传|置空|为空|\bdefaults?\b|\bby default\b|\bif not (?:specified|set|passed)\b|\bleft empty\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DefaultPattern();

    // A bound on a quota, an account, a file, a size, a rate or a total is not a bound on this value (大小写 is letter case, not a size).
    [GeneratedRegex(@"配额|账号|账户|帐号|帐户|文件|图片|视频|音频|(?<!数组|列表)大小(?!写)|总(?:时长|大小|数|容量|和|长度|量)|累计|每秒|每分钟|每天|每小时|QPS|频率|并发|\bquota\b|\baccount\b|\bfile\b|(?<!array |list )\bsize\b|\btotal\b|per second|per minute|per day",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SomethingElsePattern();

    [GeneratedRegex(@"(?:默认值?|缺省值?|不填(?:则|时)?(?:默认)?(?:为|是)?|\bdefaults?(?:\s+value)?(?:\s+is|\s+to)?|\bby default\b)\s*(?:值)?\s*(?:为|是|:|=)?\s*(?<v>-?\d+(?:\.\d+)?)(?!\d|\.\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DefaultValuePattern();

    // Values the documentation gives a meaning to ("0 表示不限制", "-1: unlimited", "填 0 关闭"): a range that leaves one out is wrong.
    // Not the operand of a sum ("3*600 + 5*900 = 6300").
    [GeneratedRegex(
        @"(?<![\w.\-:*+/×])(?<v>-?\d+(?:\.\d+)?)\s*(?:表示|代表|为不限|即不限|意味|means|indicates|stands for|disables|=|:(?!\d))"
        + @"|(?:填|传|设置为|设为|设置成|指定为|取值为|取|为|set (?:it )?to|pass)\s*(?<v>-?\d+(?:\.\d+)?)\s*(?:时|表示|则|代表|,|\b(?:means|to)\b)"
        + @"|(?<![\w.\-:])(?<v>-?\d+)\s*为(?=\s*[\p{IsCJKUnifiedIdeographs}])(?!\s*(?:单位|默认|必填|必须|整数|正整数))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpecialValuePattern();

    // "如果不传，默认为20", "当不填时，默认截帧间隔为 1 秒", "If left empty, the default …": a condition that only states what
    // happens without a value is a default, not a case the sentence's bound is limited to.
    [GeneratedRegex(
        @"(?:如果|若|当|假如|如)\s*(?:不传|不填|为空|未填|未传|不指定|未指定|不设置|未设置|不输入|没有传|没有填|传空|不携带|未携带)[^,;。]{0,10}?(?:时)?\s*,?\s*(?:则)?[^,;。]{0,12}?默认"
        + @"|\b(?:if|when)\s+(?:(?:this|the) (?:parameter|field|value) is\s+|it is\s+)?(?:not (?:specified|set|passed|entered|provided)|left (?:empty|blank)|unspecified|omitted)\b\s*,?\s*(?:the\s+)?default",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DefaultConditionPattern();

    /// <summary>
    /// What follows a number that is a condition's value, not a bound: "长度 ≤ 8 时原样返回", "为0时相当于暂停" (时 as "when",
    /// not 时间, 时长, …).
    /// </summary>
    public const string ConditionValueEnd = @"\s*(?:个|位|字符)?\s*时(?![间长区刻段效延钟候序点期差])";

    // "Action 是 page 时必填，且不能为空，取值: 100~600": a condition that only makes the member required; the rest of the
    // sentence holds whenever the member is given. A clause that goes on with 且 goes on with the condition ("当Business为
    // bgp-multip时必填，且仅支持一个IP"), unless it only says the member must not be empty.
    [GeneratedRegex(@"(?:^|(?<=[,;:]))[^,;:。]{0,40}?时\s*(?:必填|必传|必须填写|必须传入|需要填写|需填写|需要传入|需传入|必须指定|需要指定|需指定)(?:\s*,\s*且\s*(?:不能|不可|不得)为空)?(?=\s*(?:[;。)]|$|,(?!\s*(?:且|并且|并|同时|而且))))",
        RegexOptions.CultureInvariant)]
    private static partial Regex RequiredConditionPattern();

    // "在调用此接口时，请确保…且合同数量不超过100个": every call is "when this API is called".
    [GeneratedRegex(@"(?:在)?(?:调用|使用|请求)(?:此|本|该)?(?:接口|API)时", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EveryCallPattern();

    public static bool IsConditional(string folded)
    {
        var text = DefaultConditionPattern().Replace(folded, "默认");
        text = EveryCallPattern().Replace(text, "调用");
        text = RequiredConditionPattern().Replace(text, "必填");
        return ConditionPattern().IsMatch(text);
    }

    /// <summary>Where an example starts in the sentence (nothing from there on is read), or the sentence's length.</summary>
    public static int ExampleStart(string folded) => ExamplePattern().Match(folded) is { Success: true } m ? m.Index : folded.Length;

    /// <summary>
    /// Whether <paramref name="at"/> lies in an example: from an example marker to the end of its clause
    /// ("类似ein-lesecurk，每次请求的上限为100" reads the limit after the example).
    /// </summary>
    public static bool InExample(string folded, int at)
    {
        foreach (Match m in ExamplePattern().Matches(folded))
        {
            if (m.Index > at)
            {
                break;
            }

            var end = folded.IndexOfAny(ClauseEnds, m.Index + m.Length);
            if (end < 0 || at < end)
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasOpenList(string folded) => OpenListPattern().IsMatch(folded);

    // "每页输出的备份文件的数量", "频率限制策略时长": the word names what is counted or timed, and the member is that count or
    // duration, not a bound on a file or a rate. Quotas and totals stay something else.
    [GeneratedRegex(@"\G[^,;。]{0,8}?(?:数量|个数|条数|数目|时长)", RegexOptions.CultureInvariant)]
    private static partial Regex CountedNounPattern();

    public static bool IsAboutSomethingElse(string folded)
    {
        foreach (Match m in SomethingElsePattern().Matches(folded))
        {
            if (!(m.Value is "文件" or "图片" or "视频" or "音频" or "频率" && CountedNounPattern().IsMatch(folded, m.Index + m.Length)))
            {
                return true;
            }
        }

        return false;
    }

    // "所有资源组的内存限制值之和应该小于等于100", "与 InstanceName 的长度和不能超过107", "Limit 和 Offset 的取值之和需小于等于65536":
    // a bound on a sum of values, in the clause that states it ("取值范围0-100，所有的权重之和需要为100" keeps the range).
    [GeneratedRegex(@"之和|长度和|总和|相加|[A-Za-z0-9)]\s*\+\s*[A-Za-z(]|\bcombined\b|\bsum of\b|\bthe total of\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SumPattern();

    public static bool IsAboutASum(string folded, Match match) => SumPattern().IsMatch(Clause(folded, match));

    /// <summary>
    /// The clause (between commas, semicolons or full stops) that holds <paramref name="match"/>, without asides in brackets
    /// unless the match is in one: "8–64 characters (recommend not exceeding 12)" is two clauses.
    /// </summary>
    public static string Clause(string folded, Match match)
    {
        var start = match.Index;
        var end = match.Index + match.Length;
        var depth = 0;
        while (start > 0 && !(depth == 0 && folded[start - 1] is ',' or ';' or '。' or '、' or '(' or '\n'))
        {
            depth += folded[start - 1] == ')' ? 1 : folded[start - 1] == '(' ? -1 : 0;
            start--;
        }

        depth = 0;
        while (end < folded.Length && !(depth == 0 && folded[end] is ',' or ';' or '。' or ')' or '\n'))
        {
            depth += folded[end] == '(' ? 1 : folded[end] == ')' ? -1 : 0;
            end++;
        }

        return AsidePattern().Replace(folded[start..end], " ");
    }

    [GeneratedRegex(@"\([^()]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex AsidePattern();

    // A bound said of a part of the value: "后缀长度1-128个字符", "用户自定义部分…长度为3至40字符", "名称部分…不超过 63 个字符",
    // "端口部分长度不能超过128个字符", "自定义参数名称需符合以下规范：字符数目上限64" (the names of keys inside a JSON string).
    [GeneratedRegex(@"前缀|后缀|(?<!连续)部分|每段|参数名|键名|\bprefix\b|\bsuffix\b|\bkey names?\b|\bparameter names?\b|\bpart of\b|\bsegments?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartPattern();

    /// <summary>
    /// Whether the sentence, before <paramref name="at"/>, says the bound is of a part of the value. A member that is
    /// itself the part (<c>NamePrefix</c>, <c>HostNameSuffix</c>, <c>Key</c>) is bounded as a whole.
    /// </summary>
    public static bool IsAboutAPart(string folded, int at, string member)
    {
        foreach (Match m in PartPattern().Matches(folded[..at]))
        {
            var word = m.Value.ToLowerInvariant();
            var self = word switch
            {
                "前缀" or "prefix" => "Prefix",
                "后缀" or "suffix" => "Suffix",
                "键名" => "Key",
                "segment" or "segments" => "Segment",
                _ => null,
            };
            if (self is null || !member.Contains(self, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A match that an example, a default clause or a span already read covers: not a bound of its own.</summary>
    public static bool IsSetAside(string folded, System.Text.RegularExpressions.Match match, IReadOnlyList<(int Start, int End)> spans) =>
        InExample(folded, match.Index) || InDefaultClause(folded, match.Index) || spans.Any(s => match.Index < s.End && s.Start < match.Index + match.Length);

    /// <summary>Whether the clause (comma-separated part) around <paramref name="at"/> states a default before that point.</summary>
    public static bool InDefaultClause(string folded, int at)
    {
        var start = folded.LastIndexOfAny(ClauseEnds, Math.Max(0, at - 1)) + 1;
        return start < at && DefaultPattern().IsMatch(folded.AsSpan(start, at - start));
    }

    private static readonly char[] ClauseEnds = { ',', ';', '、' };

    /// <summary>The numbers the documentation gives a special meaning to ("0 表示不限制", "-1: unlimited", "填 0 关闭").</summary>
    public static IEnumerable<decimal> SpecialValues(string folded) =>
        SpecialValuePattern().Matches(folded).Select(m => NumberText.TryParse(m.Groups["v"].Value, out var v) ? (decimal?)v : null).OfType<decimal>();

    /// <summary>The numbers the documentation names as defaults or gives a special meaning to.</summary>
    public static IEnumerable<decimal> NamedValues(string folded)
    {
        foreach (Match m in DefaultValuePattern().Matches(folded))
        {
            if (NumberText.TryParse(m.Groups["v"].Value, out var value))
            {
                yield return value;
            }
        }

        foreach (Match m in SpecialValuePattern().Matches(folded))
        {
            if (NumberText.TryParse(m.Groups["v"].Value, out var value))
            {
                yield return value;
            }
        }
    }
}
