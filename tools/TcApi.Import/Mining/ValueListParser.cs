using System.Text.RegularExpressions;

namespace TcApi.Import.Mining;

/// <summary>
/// Walks a list of values from a position in folded documentation: <c>TCP、UDP</c>, <c>A | B</c>, <c>xxx 或 yyy</c>,
/// <c>0：关闭；1：开启</c>, <c>1 表示…，2 表示…</c>, <c>transparent（透传模式）、compatibility（兼容模式）</c>, or one value
/// per line with its meaning. It stops at the first thing that is not a value, and tells whether the list ended cleanly
/// (at the end of a line or sentence) — a list that runs into prose is not trusted. Also read: codes whose meaning
/// follows a hyphen (<c>0-推流，1-播放</c>), pairs separated by spaces only (<c>0: 正常   1: 已删除</c>), a list in
/// brackets (<c>["UP","DOWN"]</c>, <c>[0(关闭), 1(开启)]</c>), an empty string given a meaning (<c>""：不走…</c>), and, where
/// the caller allows it, codes glued to their meaning (<c>0连续告警，1指数告警</c>) when they count up from 0 or 1.
/// </summary>
internal static partial class ValueListParser
{
    [GeneratedRegex(@"\G(?:""(?<t>)""(?=\s*:)|[""']?(?<t>[A-Za-z0-9](?:[A-Za-z0-9_.+\-/*#]|:(?=\d))*)[""']?)", RegexOptions.CultureInvariant)]
    private static partial Regex StringToken();

    [GeneratedRegex(@"\G[""']?(?<t>-?\d+)(?!\d|\.\d|[A-Za-z_])[""']?", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerToken();

    [GeneratedRegex(@"\G\s*(?::(?!//)|：|表示|代表|为|=|-\s|—|–|\s-(?=\s))", RegexOptions.CultureInvariant)]
    private static partial Regex MeaningMarker();

    // "0-推流": a code, a hyphen and its meaning (never a digit: "1-100" is a span).
    [GeneratedRegex(@"\G-(?=[\p{IsCJKUnifiedIdeographs}A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex HyphenMeaning();

    // "0连续告警", "0 精确匹配": a meaning glued to its code. A unit or a counter after a number is no meaning.
    [GeneratedRegex(@"\G ?(?![个秒分时天周月年次位倍条元字号日点项种级期])\p{IsCJKUnifiedIdeographs}", RegexOptions.CultureInvariant)]
    private static partial Regex GluedMeaning();

    [GeneratedRegex(@"\G\s*(?:、|,|;|\||/|或者|或|和|及|与|\bor\b|\band\b)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"\G(?!(?:default|note|notes|example|remarks?|注意|默认|说明)\b)[""']?[A-Za-z0-9]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LooksLikeAnItem();

    [GeneratedRegex(@"\G\s*(?:$|\n|[。.;,)\]]|之一|其中之一|中的一个|中的一种|其中一个|其中一种|中选择|两种|三种|四种|几种|任选其一|二选一|\bare supported\b|\bis supported\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CleanEnd();

    /// <summary>
    /// The values, where the list ends and whether it was one value per line, or null when fewer than
    /// <paramref name="minimum"/> values (two, unless the caller says) were read or the list did not end cleanly.
    /// </summary>
    public static (List<string> Values, int End, bool PerLine)? Parse(string folded, int start, bool integers, bool requireMeaning, out int reached, bool glued = false, bool spaceRuns = false, int minimum = 2)
    {
        var list = Walk(folded, start, integers, requireMeaning, glued, spaceRuns, minimum, out reached);
        reached = Math.Max(reached, list?.End ?? 0);
        return list;
    }

    private static (List<string> Values, int End, bool PerLine)? Walk(string folded, int start, bool integers, bool requireMeaning, bool glued, bool spaceRuns, int minimum, out int reached)
    {
        var token = integers ? IntegerToken() : StringToken();
        var values = new List<string>();
        var at = SkipSpaces(folded, start, newlines: false);
        var bracketed = at < folded.Length && folded[at] == '[';
        if (bracketed)
        {
            at++;
        }

        var perLine = !bracketed && at < folded.Length && folded[at] == '\n';
        if (perLine)
        {
            at++;
        }

        var anyMeaning = false;
        var anyGlued = false;
        var pipes = false;
        var afterSeparator = false;

        var end = at;
        var lastHadMeaning = false;
        while (true)
        {
            at = SkipSpaces(folded, at, newlines: false);
            var m = token.Match(folded, at);
            if (!m.Success || m.Length == 0)
            {
                break;
            }

            var value = m.Groups["t"].Value.TrimEnd('.', '-', '/');
            var after = at + m.Length;
            var meaning = MeaningMarker().Match(folded, after);
            var isGlued = !meaning.Success && glued && integers && GluedMeaning().IsMatch(folded, after);
            var hasMeaning = meaning.Success || (after < folded.Length && folded[after] is '(' or '（')
                || (integers && HyphenMeaning().IsMatch(folded, after)) || isGlued;
            anyMeaning |= hasMeaning;
            anyGlued |= glued;
            if ((requireMeaning || perLine) && !hasMeaning)
            {
                // A line that is not "value: meaning" ends a per-line list; so does a bare number in a list of codes.
                if (!(perLine && IsLineEnd(folded, after)))
                {
                    // "eq:等于,net:不等于,like,nlike,gt:大于": a bare value inside a run of codes — not read whole.
                    if (requireMeaning && !perLine && values.Count > 0 && afterSeparator)
                    {
                        reached = at;
                        return null;
                    }

                    break;
                }
            }

            if (!hasMeaning && after < folded.Length && !char.IsWhiteSpace(folded[after]) && !IsPunctuation(folded[after]) && !Separator().Match(folded, after).Success)
            {
                // "1开启": a value glued to prose is not a list item.
                break;
            }

            values.Add(value);
            at = hasMeaning ? SkipMeaning(folded, after, perLine, spaceRuns, requireMeaning, next => StartsAnItem(folded, next, token, integers, glued)) : after;
            end = at;
            lastHadMeaning = hasMeaning;
            if (perLine)
            {
                var lineEnd = folded.IndexOf('\n', at);
                if (lineEnd < 0)
                {
                    end = folded.Length;
                    break;
                }

                at = lineEnd + 1;
                end = lineEnd;
                continue;
            }

            var separator = Separator().Match(folded, at);
            afterSeparator = separator.Success;
            pipes |= separator.Success && separator.Value.Trim() == "|";
            // "[0, 1,800]": in a list whose items are separated by a comma and a space, a comma with three digits right after it
            // separates thousands ("60,300,3600" and "301,302,307" are lists).
            if (separator.Success && separator.Value == "," && ThousandsNumber().IsMatch(folded, m.Index) && SpacedCommas(folded, start))
            {
                reached = at;
                return null;
            }

            if (separator.Success)
            {
                at = separator.Index + separator.Length;
                // "1, 3, 5, 30x": the list goes on with something that is not a value — not read whole.
                if (!token.Match(folded, SkipSpaces(folded, at, newlines: false)).Success && at < folded.Length && char.IsAsciiLetterOrDigit(folded[at]))
                {
                    reached = at;
                    return null;
                }

                continue;
            }

            // "0: 正常   1: 已删除": pairs separated by spaces only.
            if (spaceRuns && lastHadMeaning && StartsAnItem(folded, SkipSpaces(folded, at, newlines: false), token, integers, glued))
            {
                at = SkipSpaces(folded, at, newlines: false);
                continue;
            }

            // A meaning that ends its sentence or line, and the next pair: "rfc3164：…。<br>auto：…".
            if (lastHadMeaning)
            {
                var next = at < folded.Length && folded[at] is '。' or '.' ? at + 1 : at;
                next = SkipSpaces(folded, next, newlines: true);
                if (next > at && StartsAnItem(folded, next, token, integers, glued))
                {
                    at = next;
                    continue;
                }
            }

            // Codes with meanings may run on to the next line: "0：关闭<br>1：开启".
            if (lastHadMeaning && at < folded.Length && folded[at] == '\n')
            {
                at++;
                continue;
            }

            break;
        }

        reached = at;
        if (values.Count < minimum || values.Distinct(StringComparer.Ordinal).Count() != values.Count)
        {
            return null;
        }

        // Codes glued to their meanings are a list only when they count up from 0 or 1 ("0连续告警，1指数告警"); codes
        // followed by one more glued to its meaning ("1:单次报表 2:周期报表 0全查") were not read whole.
        if ((anyGlued && !CountsUp(values)) || (integers && anyMeaning && TrailingGluedCode().IsMatch(folded, end)))
        {
            return null;
        }

        // "[128, 4,096]": a number written with a thousands separator is no list of values.
        if (values.Any(v => v.Length > 1 && v[0] == '0'))
        {
            return null;
        }

        if (bracketed)
        {
            // "[1, 36]" is a range, not two values: bare numbers in brackets make a list only from three on ("[0|1]" is a list).
            var close = SkipSpaces(folded, end, newlines: false);
            if (close >= folded.Length || folded[close] != ']' || (!anyMeaning && !pipes && values.Count < 3 && values.All(v => long.TryParse(v, out _))))
            {
                return null;
            }

            return (values, close + 1, false);
        }

        // A per-line list broken off by a line that still starts like a value ("ICMP Ping；") was not read whole.
        if (perLine && at < folded.Length && LooksLikeAnItem().IsMatch(folded, SkipSpaces(folded, at, newlines: false)))
        {
            return null;
        }

        return perLine || lastHadMeaning || CleanEnd().IsMatch(folded, end) ? (values, end, perLine) : null;
    }

    private static bool SpacedCommas(string folded, int start)
    {
        var lineEnd = folded.IndexOf('\n', start);
        var comma = folded.IndexOf(", ", start, StringComparison.Ordinal);
        return comma >= 0 && (lineEnd < 0 || comma < lineEnd);
    }

    private static bool CountsUp(List<string> values)
    {
        var first = long.Parse(values[0], System.Globalization.CultureInfo.InvariantCulture);
        return first is 0 or 1 && values.Select((v, i) => long.Parse(v, System.Globalization.CultureInfo.InvariantCulture) == first + i).All(x => x);
    }

    /// <summary>Whether a value with a meaning marker starts at <paramref name="at"/> (the next pair of a run separated by spaces).</summary>
    private static bool StartsAnItem(string text, int at, Regex token, bool integers, bool glued)
    {
        var m = token.Match(text, at);
        if (!m.Success || m.Length == 0 || NotAValue().IsMatch(m.Groups["t"].Value))
        {
            return false;
        }

        var after = at + m.Length;
        return MeaningAfterItem().IsMatch(text.AsSpan(after)) || (integers && (HyphenMeaning().IsMatch(text, after) || (glued && GluedMeaning().IsMatch(text, after))));
    }

    [GeneratedRegex(@"\G[""']?-?\d{1,3}(?:,\d{3})+(?![\d,.])", RegexOptions.CultureInvariant)]
    private static partial Regex ThousandsNumber();

    [GeneratedRegex(@"^(?:Note|Notes|NOTE|Default|Example|Remarks?)$", RegexOptions.CultureInvariant)]
    private static partial Regex NotAValue();

    [GeneratedRegex(@"\G[\s,;、]*\d+(?![\d.])\s?(?![个秒分时天周月年次位倍条元字号日点项种级期])\p{IsCJKUnifiedIdeographs}", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingGluedCode();

    // A meaning starts with words: not a quote or a brace (JSON: "Key": "value"), a URL's slashes or another colon.
    [GeneratedRegex(@"^\s*(?::(?!\d)(?!//)|表示)\s*(?![""'{\[:/$\s]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex MeaningAfterItem();

    private static bool IsLineEnd(string text, int at)
    {
        var next = SkipSpaces(text, at, newlines: false);
        return next >= text.Length || text[next] == '\n' || text[next] is '。' or '.' or ';' or ',';
    }

    private static bool IsPunctuation(char c) => c is '。' or '.' or ';' or ',' or ')' or ']' or '、' or '|' or '/' or '\n';

    private static int SkipSpaces(string text, int at, bool newlines)
    {
        while (at < text.Length && (text[at] == ' ' || text[at] == '\t' || (newlines && text[at] == '\n')))
        {
            at++;
        }

        return at;
    }

    /// <summary>Past a value's meaning: a parenthesised aside, or text up to the next separator of items.</summary>
    private static int SkipMeaning(string text, int at, bool perLine, bool spaceRuns, bool requireMeaning, Func<int, bool> startsAnItem)
    {
        at = SkipSpaces(text, at, newlines: false);
        if (at < text.Length && text[at] is '(' or '（')
        {
            var close = text.IndexOfAny(new[] { ')', '）' }, at);
            if (close > 0 && text.IndexOf('\n', at, close - at) < 0)
            {
                return close + 1;
            }
        }

        if (perLine)
        {
            var lineEnd = text.IndexOf('\n', at);
            return lineEnd < 0 ? text.Length : lineEnd;
        }

        var depth = 0;
        for (var i = at; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && c is ';' or ',' or '、' or '|' && requireMeaning && !startsAnItem(SkipSpaces(text, i + 1, newlines: false))
                && !(SkipSpaces(text, i + 1, newlines: false) is var n && n < text.Length && char.IsAsciiLetterOrDigit(text[n])))
            {
                // "PREPAID：预付费，即包年包月": in a run of codes, a meaning goes on to the separator before the next code.
                continue;
            }
            else if (depth == 0 && c is ';' or ',' or '、' or '。' or '\n' or '|')
            {
                return i;
            }
            else if (depth == 0 && c == '.' && (i + 1 == text.Length || text[i + 1] == ' '))
            {
                return i;
            }
            else if (spaceRuns && depth == 0 && c == ' ' && i > at && startsAnItem(SkipSpaces(text, i, newlines: false)))
            {
                return i;
            }
        }

        return text.Length;
    }
}
