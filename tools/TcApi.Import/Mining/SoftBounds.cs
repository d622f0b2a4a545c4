using System.Text.RegularExpressions;

namespace TcApi.Import.Mining;

/// <summary>
/// Bounds the service does not enforce by rejecting a value: advice (<c>建议最大取值100</c>, <c>建议不超过20个字符</c>,
/// "Maximum value: 100 is recommended") and clamps (<c>超过100按100返回</c>, <c>超过截断</c>, <c>超过最大值时取最大值</c>,
/// "exceeds 200 will be set to 200", "The extra characters will be truncated"). A warning for either would flag a call
/// the service accepts. All work on folded text.
/// </summary>
internal static partial class SoftBounds
{
    [GeneratedRegex(@"建议|推荐|最好|尽量|\brecommend\w*|\bsuggest\w*|\bideally\b|\bpreferabl[ey]\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdvicePattern();

    [GeneratedRegex(
        @"(?:超过|超出|大于|高于|多于)[^;。]{0,12}?(?:则|时|的|,)?\s*(?:最大|最多)?\s*(?:按照?\s*\d|按照?(?:最大值|上限)|取\s*\d|取最大值|取上限|返回\s*\d|会被截断|将被截断|被截断|截断|截取|自动回退|回退为|自动(?:调整|修正|设置|设)为)"
        + @"|(?:超过|超出)[^;。]{0,12}?(?:则|时|,)?\s*(?:为|限制为|调整为|调整到|设为|置为)\s*(?:\d|最大值|上限)"
        + @"|截断为|超过部分[^,;。]{0,8}截断"
        + @"|\b(?:exceed\w*|above|greater than|more than|larger than)\b[^,;.]{0,40}\b(?:will be|is|are) (?:automatically )?(?:set to|truncated|returned as|treated as|capped|reset to)\b"
        + @"|\b(?:extra|excess\w*)\b[^,;.]{0,30}\btruncated\b|\bautomatically applied when\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClampPattern();

    /// <summary>Whether the document says that a value past a bound is cut back rather than refused.</summary>
    public static bool HasClamp(string foldedDocument) => ClampPattern().IsMatch(foldedDocument);

    /// <summary>
    /// Whether the clause that holds <paramref name="match"/> gives advice: "长度8-30位, 推荐使用12位以上" keeps 8–30 (the
    /// advice is another clause), and an aside in brackets is a clause of its own ("8–64 characters (recommend not
    /// exceeding 12)").
    /// </summary>
    public static bool IsAdvice(string folded, Match match) => AdvicePattern().IsMatch(Traps.Clause(folded, match));
}
