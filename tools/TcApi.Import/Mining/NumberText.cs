using System.Globalization;
using System.Text.RegularExpressions;

namespace TcApi.Import.Mining;

/// <summary>Plain decimal numbers in documentation, and what may follow one for it to still be plain.</summary>
internal static partial class NumberText
{
    public static bool TryParse(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    public static string Show(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    // Multipliers and powers make an endpoint that is not a plain number: 1万, 2^31, 10*1024, 5K.
    [GeneratedRegex(@"^\s*(?:万|千|亿|百|\^|\*|x\d|×|次方|[KkMmGgTtWw](?![A-Za-z])|[KMGT]i?B|[KMGT]bps|e\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MultiplierPattern();

    [GeneratedRegex(@"^\s*(?<u>毫秒|微秒|纳秒|秒钟|秒|分钟|小时|天|周|个月|月|年|ms|milliseconds?|seconds?|minutes?|hours?|days?|s(?![A-Za-z])|min(?![A-Za-z])|h(?![A-Za-z])|%|Mbps|Gbps|Kbps|bps|MB|GB|KB|TB|核|元|像素|px|帧|fps|Hz|dB|度|倍|字节|bytes?|字符|characters?|位|行|页|点|分)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitPattern();

    [GeneratedRegex(@"单位\s*(?:为|是|:)?\s*(?<u>[^\s,;:。.()]{1,6})|\bunit\s*(?:is|:)?\s*(?<u>[A-Za-z%]+)|\bin (?<u>milliseconds|seconds|minutes|hours|days|MB|GB|KB|bytes)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeclaredUnitPattern();

    [GeneratedRegex(@"^\s*(?:个|条|项|组|次|台|张|份)", RegexOptions.CultureInvariant)]
    private static partial Regex CounterPattern();

    /// <summary>How the text right after a number reads.</summary>
    public enum Suffix
    {
        /// <summary>Nothing that changes the number's meaning.</summary>
        Plain,

        /// <summary>A counter word (个, 条): a count.</summary>
        Counter,

        /// <summary>A unit the documentation also declares for the member (<c>单位：秒 … 最大 3600 秒</c>), or a percent sign.</summary>
        DeclaredUnit,

        /// <summary>A unit the documentation does not declare, a multiplier or a power: not a plain bound.</summary>
        Foreign,
    }

    public static Suffix After(string folded, int end, string document)
    {
        var rest = folded.AsSpan(end, Math.Min(12, folded.Length - end));
        var text = rest.ToString();
        if (MultiplierPattern().IsMatch(text))
        {
            return Suffix.Foreign;
        }

        if (CounterPattern().IsMatch(text))
        {
            return Suffix.Counter;
        }

        var unit = UnitPattern().Match(text);
        if (!unit.Success)
        {
            return Suffix.Plain;
        }

        var word = unit.Groups["u"].Value;
        if (word == "%")
        {
            return Suffix.DeclaredUnit;
        }

        foreach (Match declared in DeclaredUnitPattern().Matches(document))
        {
            var name = declared.Groups["u"].Value;
            if (SameUnit(name, word))
            {
                return Suffix.DeclaredUnit;
            }
        }

        return Suffix.Foreign;
    }

    private static bool SameUnit(string declared, string used)
    {
        static string Canonical(string unit) => unit.ToLowerInvariant() switch
        {
            "ms" or "毫秒" or "millisecond" or "milliseconds" => "ms",
            "s" or "秒" or "秒钟" or "second" or "seconds" => "s",
            "min" or "分钟" or "minute" or "minutes" => "min",
            "h" or "小时" or "hour" or "hours" => "h",
            "天" or "day" or "days" => "d",
            "byte" or "bytes" or "字节" or "b" => "byte",
            var other => other,
        };

        return Canonical(declared.StartsWith(used, StringComparison.OrdinalIgnoreCase) ? used : declared) == Canonical(used);
    }
}
