using System.Text.RegularExpressions;

namespace TcApi.Import.Mining;

/// <summary>
/// Sentences that state a bound for one case only: one platform, mode, kind of resource or region. Three forms, all on
/// folded text:
/// <list type="bullet">
/// <item>a table of cases — two or more parts of the document that open with a lead and a colon and state a number
/// after it (<c>Windows 实例：…[2, 15]</c> / <c>其他类型（Linux 等）实例：…[2, 60]</c>, <c>CPU_UTILIZATION：(0, 100]</c> /
/// <c>LAN_TRAFFIC_OUT：&gt;0</c>, <c>关闭副本只读：…</c> / <c>开启副本只读：…</c>);</item>
/// <item>one lead that names a platform or a region (<c>Windows instances:</c>, <c>境外：</c>);</item>
/// <item>a bound's label qualified by a kind (<c>IPv4 CLB实例的取值范围为</c>, <c>包年包月实例取值范围</c>, "for some IPv4 CLB
/// instances").</item>
/// </list>
/// A lead that is itself a constraint's label or a note (<c>取值范围：</c>, <c>说明：</c>, "Valid values:") is no case.
/// </summary>
internal static partial class CaseScope
{
    // A lead opens the sentence, a line, or a part after ";" or "(" ("存储名称(cos：…；cls：…)"), and may hold an aside
    // ("其他类型(Linux 等)实例："); a short one may follow a comma ("资源使用时长，后付费：固定填1，预付费：最少填1").
    [GeneratedRegex(@"(?:(?:^|[;(\n])\s*(?<lead>(?:[^:;,。()\n]|\([^():\n]{0,30}\)){1,40}?)|,\s*(?<lead>[^:;,。()\n]{1,16}?))\s*:(?!\d|//)\s*(?<body>[^;\n]*?)(?=,\s*[^:;,。()\n]{1,16}?\s*:(?!\d|//)|[;\n]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadPattern();

    [GeneratedRegex(
        @"取值|范围|区间|长度|限制|上限|下限|最大|最小|最多|最少|说明|注意|注|备注|提示|默认|示例|例如|样例|格式|单位|约束|要求|规则|规范|可选|枚举|支持|大小|数量|个数|类型说明|含义|描述|参数|字段|用法|建议|^\s*-?\d+\s*$"
        + @"|\b(?:values?|range|default|examples?|format|notes?|limits?|length|maximum|minimum|max|min|units?|valid|constraints?|restrictions?|description|type|rules?|options?|remarks?|warning|important|caution|tip)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelLeadPattern();

    // A platform or a region is a case wherever it leads.
    [GeneratedRegex(@"Windows|Linux|macOS|\biOS\b|Android|境内|境外|中国大陆|海外|国内|国际站|中国站|\bmainland\b|\boverseas\b|\boutside\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlatformPattern();

    // "IPv4 CLB实例的取值范围为", "包年包月实例取值范围：", "Value range: 2-300 for IPv4 CLB instances", "for some IPv4 CLB instances".
    [GeneratedRegex(
        @"\S\s*(?:实例|版本|机型|地域|地区|引擎|架构|集群|规格|套餐|磁盘|云盘|硬盘|证书)(?:的)?\s*(?:取值范围|取值区间|范围|取值)"
        + @"|部分[^,;。]{0,20}(?:实例|版本|机型|地域|地区|集群|用户)"
        + @"|(?:版|架构|实例|版本|机型|引擎|集群|规格|套餐)[^,;。]{0,12}?支持[^,;。]{0,10}?(?:取值范围|范围)"
        + @"|\bfor (?:some|certain|[\w-]+(?:\s+[\w-]+){0,3} (?:instances|clusters|versions|editions|regions))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QualifiedLabelPattern();

    // A sentence that only introduces an example: "例如：", "参数示例如下：", "Example:", "For example:".
    [GeneratedRegex(@"^\s*(?:\S{0,8}(?:例如|比如|举例|示例|样例)(?:如下)?|(?:for )?examples?|e\.g\.)\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExampleHeadingPattern();

    /// <summary>
    /// The sentences, each marked when it states something for one case only, or is the sentence right after a heading
    /// that introduces an example ("例如：" / "您希望得到第三页的数据, 且每页限制最多10条").
    /// </summary>
    public static List<DocSentence> Mark(List<DocSentence> sentences)
    {
        var leads = sentences.Select(s => CaseLeads(s.Folded).ToList()).ToList();
        var table = leads.Sum(l => l.Count(c => c.StatesNumber)) >= 2;
        for (var i = 0; i < sentences.Count; i++)
        {
            var scoped = leads[i].Any(c => c.Platform || (table && c.StatesNumber)) || QualifiedLabelPattern().IsMatch(sentences[i].Folded);
            var example = i > 0 && IsExampleHeading(sentences[i - 1].Folded);
            if (scoped || example)
            {
                sentences[i] = sentences[i] with { CaseScoped = scoped, ExampleOnly = example };
            }
        }

        return sentences;
    }

    public static bool IsExampleHeading(string folded) => ExampleHeadingPattern().IsMatch(folded);

    private static IEnumerable<(bool Platform, bool StatesNumber)> CaseLeads(string folded)
    {
        foreach (Match m in LeadPattern().Matches(folded))
        {
            var lead = m.Groups["lead"].Value;
            if (LabelLeadPattern().IsMatch(lead))
            {
                continue;
            }

            yield return (PlatformPattern().IsMatch(lead), m.Groups["body"].Value.Any(char.IsAsciiDigit));
        }
    }
}
