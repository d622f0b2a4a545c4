using System.Text.RegularExpressions;

namespace TcApi.Import.Mining;

/// <summary>
/// Walks a list of values from a position in folded documentation: <c>TCP、UDP</c>, <c>A | B</c>, <c>xxx 或 yyy</c>,
/// <c>0：关闭；1：开启</c>, <c>1 表示…，2 表示…</c>, <c>transparent（透传模式）、compatibility（兼容模式）</c>, or one value
/// per line with its meaning. It stops at the first thing that is not a value, and tells whether the list ended cleanly
/// (at the end of a line or sentence) — a list that runs into prose is not trusted.
/// </summary>
internal static partial class ValueListParser
{
    [GeneratedRegex(@"\G[""']?(?<t>[A-Za-z0-9](?:[A-Za-z0-9_.+\-/*#]|:(?=\d))*)[""']?", RegexOptions.CultureInvariant)]
    private static partial Regex StringToken();

    [GeneratedRegex(@"\G[""']?(?<t>-?\d+)(?![\d.]|[A-Za-z_])[""']?", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerToken();

    [GeneratedRegex(@"\G\s*(?::|：|表示|代表|为|=|-\s|—|–|\s-(?=\s))", RegexOptions.CultureInvariant)]
    private static partial Regex MeaningMarker();

    [GeneratedRegex(@"\G\s*(?:、|,|;|\||/|或者|或|和|及|与|\bor\b|\band\b)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"\G(?!(?:default|note|notes|example|remarks?|注意|默认|说明)\b)[""']?[A-Za-z0-9]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LooksLikeAnItem();

    [GeneratedRegex(@"\G\s*(?:$|\n|[。.;,)\]]|之一|其中之一|中的一个|中的一种|其中一个|其中一种|中选择|两种|三种|四种|几种|任选其一|二选一|\bare supported\b|\bis supported\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CleanEnd();

    /// <summary>The values and where the list ends, or null when fewer than two values were read or the list did not end cleanly.</summary>
    public static (List<string> Values, int End)? Parse(string folded, int start, bool integers, bool requireMeaning)
    {
        var token = integers ? IntegerToken() : StringToken();
        var values = new List<string>();
        var at = SkipSpaces(folded, start, newlines: false);
        var perLine = at < folded.Length && folded[at] == '\n';
        if (perLine)
        {
            at++;
        }

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
            var hasMeaning = meaning.Success || (after < folded.Length && folded[after] is '(' or '（');
            if ((requireMeaning || perLine) && !hasMeaning)
            {
                // A line that is not "value: meaning" ends a per-line list; so does a bare number in a list of codes.
                if (!(perLine && IsLineEnd(folded, after)))
                {
                    break;
                }
            }

            if (!hasMeaning && after < folded.Length && !char.IsWhiteSpace(folded[after]) && !IsPunctuation(folded[after]) && !Separator().Match(folded, after).Success)
            {
                // "1开启": a value glued to prose is not a list item.
                break;
            }

            values.Add(value);
            at = hasMeaning ? SkipMeaning(folded, after, perLine) : after;
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
            if (separator.Success)
            {
                at = separator.Index + separator.Length;
                continue;
            }

            // Codes with meanings may run on to the next line: "0：关闭<br>1：开启".
            if (lastHadMeaning && at < folded.Length && folded[at] == '\n')
            {
                at++;
                continue;
            }

            break;
        }

        if (values.Count < 2 || values.Distinct(StringComparer.Ordinal).Count() != values.Count)
        {
            return null;
        }

        // A per-line list broken off by a line that still starts like a value ("ICMP Ping；") was not read whole.
        if (perLine && at < folded.Length && LooksLikeAnItem().IsMatch(folded, SkipSpaces(folded, at, newlines: false)))
        {
            return null;
        }

        return perLine || lastHadMeaning || CleanEnd().IsMatch(folded, end) ? (values, end) : null;
    }

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
    private static int SkipMeaning(string text, int at, bool perLine)
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
            else if (depth == 0 && c is ';' or ',' or '、' or '。' or '\n' or '|')
            {
                return i;
            }
        }

        return text.Length;
    }
}
