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
        @"(?:^|[,;:(\s])(?:当(?!前|天|日|月|年|地|期|次|中|做|作|成)|若|如果|假如|倘若|如需|如要|一旦|只有)"
        + @"|仅在|仅当|仅对|仅针对|只在|只对|针对|对于|仅\s*[A-Za-z]|[A-Za-z]\s*=\s*[A-Za-z0-9]|仅[^,;。]{0,16}(?:需要|需|使用|可用|有效|适用)|(?:^\s*|[,;:]\s*)for (?:a|an|the|each)?\b|按.{0,8}处理|视为|视作|当作|当做|生效$|\btreated as\b"
        + @"|时[,:]|时(?:有效|生效|必填|才|可|需|需要|为|表示|则|默认|不|无效|支持|取值|最大|最小|仅|只|必须)"
        + @"|(?:情况|场景|模式|类型|条件|前提|状态)下"
        + @"|\b(?:if|when|whenever|unless|in case|only for|only applies|only valid|only supported for|applicable to|applies to)\b",
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
    [GeneratedRegex(@"配额|账号|账户|帐号|帐户|文件|图片|视频|音频|大小(?!写)|总(?:时长|大小|数|容量|和|长度|量)|累计|每秒|每分钟|每天|每小时|QPS|频率|并发|\bquota\b|\baccount\b|\bfile\b|\bsize\b|\btotal\b|per second|per minute|per day",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SomethingElsePattern();

    [GeneratedRegex(@"(?:默认值?|缺省值?|不填(?:则|时)?(?:默认)?(?:为|是)?|\bdefaults?(?:\s+value)?(?:\s+is|\s+to)?|\bby default\b)\s*(?:值)?\s*(?:为|是|:|=)?\s*(?<v>-?\d+(?:\.\d+)?)(?!\d|\.\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DefaultValuePattern();

    // Values the documentation gives a meaning to ("0 表示不限制", "-1: unlimited", "填 0 关闭"): a range that leaves one out is wrong.
    [GeneratedRegex(
        @"(?<![\w.\-:])(?<v>-?\d+(?:\.\d+)?)\s*(?:表示|代表|为不限|即不限|意味|means|indicates|stands for|disables|=|:(?!\d))"
        + @"|(?:填|传|设置为|设为|设置成|指定为|取值为|取|为|set (?:it )?to|pass)\s*(?<v>-?\d+(?:\.\d+)?)\s*(?:时|表示|则|代表|,|\b(?:means|to)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpecialValuePattern();

    public static bool IsConditional(string folded) => ConditionPattern().IsMatch(folded);

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

    public static bool IsAboutSomethingElse(string folded) => SomethingElsePattern().IsMatch(folded);

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
