using System.Text.RegularExpressions;

namespace TcApi.Import.Mining;

/// <summary>
/// Reads rules among members of one object from a member's documentation: <c>X 和 Y 不能同时为空</c> / <c>至少填写一个</c>
/// (at least one of), <c>不能同时指定</c> / <c>不可和 Y 同时使用</c> (at most one of), <c>必须且只能填写其中一个</c>
/// (exactly one of). Every identifier the sentence names must be a member of the same object; the documented member
/// joins the rule when the sentence refers to it (<c>本参数</c>) or ties it to one other member (<c>与 Filters 不能同时指定</c>).
/// </summary>
internal static partial class RuleReader
{
    [GeneratedRegex(@"必须且只能|有且仅有|有且只有|只能且必须|仅能且必须|必须且仅能|必须且仅|\bexactly one\b|\bone and only one\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExactlyOnePattern();

    [GeneratedRegex(
        @"不能同时为空|不可同时为空|不能都为空|不可都为空|不能全部为空|不能均为空|不能全为空|不得同时为空|不能同时不填|不能同时缺省"
        + @"|至少(?:需要|要|必须)?(?:填写|指定|传入|输入|提供|设置|选择|传|填|存在|包含|配置)?(?:其中)?(?:的)?(?:一个|一项|一者|之一|一种|1个|1项)"
        + @"|必填其一|必须填写其中一个|必须指定其中一个|\bat least one\b|\bcannot (?:all |both )?be (?:left )?empty\b|\bmust specify (?:either|one of)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AtLeastOnePattern();

    [GeneratedRegex(
        @"(?:不能|不可|不支持|不允许|无法|不得|不可以|不能够)(?:和|与|跟|同)?[^,;。]{0,60}?同时(?:指定|填写|传入|设置|使用|存在(?!于)|输入|传|填|配置|提供|生效|选择|非空|为非空|有值|设定|传递)"
        + @"|互斥|\bmutually exclusive\b|\bcannot be (?:specified|set|used|passed|provided) (?:at the same time|simultaneously|together)\b|\bcannot (?:both )?be specified\b|\bcannot be used together\b|\bcannot be used with\b|\bcannot be specified with\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AtMostOnePattern();

    [GeneratedRegex(@"(?<![A-Za-z0-9_.])[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*(?![A-Za-z0-9_])", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierPattern();

    [GeneratedRegex(@"本参数|该参数|此参数|本字段|该字段|此字段|\bthis (?:parameter|field)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SelfPattern();

    [GeneratedRegex(@"(?:与|和|跟|同|\bwith\b)\s*(?:参数|入参)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TiedToSelfPattern();

    // "A、B 是一组配置，C 是另一组配置，2组配置互斥": groups exclude each other, not members.
    [GeneratedRegex(@"一组|组配置|两组|2组|\bgroups?\b|同个|同一个|同一|\bsame\b(?!\s+time)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GroupPattern();

    /// <summary>The rules the documentation of <paramref name="member"/> states, named by members of <paramref name="memberNames"/>.</summary>
    public static IEnumerable<MinedRule> Read(string member, IReadOnlyList<DocSentence> sentences, IReadOnlySet<string> memberNames, string language)
    {
        foreach (var sentence in sentences)
        {
            var text = sentence.Folded;
            var match = new[] { ExactlyOnePattern().Match(text), AtLeastOnePattern().Match(text), AtMostOnePattern().Match(text) };
            var found = Array.FindIndex(match, m => m.Success);
            if (found < 0 || Traps.IsConditional(text) || Traps.ExampleStart(text) < text.Length || GroupPattern().IsMatch(text))
            {
                continue;
            }

            var kind = found switch { 0 => MinedRuleKind.ExactlyOneOf, 1 => MinedRuleKind.AtLeastOneOf, _ => MinedRuleKind.AtMostOneOf };

            // Both "at least one" and "at most one" in one sentence: exactly one, but only if said outright.
            if (kind == MinedRuleKind.AtLeastOneOf && match[2].Success)
            {
                continue;
            }

            if (Members(member, Clause(text, match[found], memberNames), memberNames) is { Count: >= 2 } members)
            {
                yield return new MinedRule(kind, members, sentence.Text, MinedConfidence.High, language, member);
            }
        }
    }

    /// <summary>
    /// The clause that states the rule: "ProxyId/GroupId/ListenerId必须设置一个，但ProxyId和GroupId不能同时设置" excludes
    /// ProxyId and GroupId only, not ListenerId. A clause reaches back over earlier segments that are only names
    /// ("ProxyId, GroupId, and ListenerId cannot be set together"), and a clause that names no member takes its subject
    /// from the one before ("ProxyId和GroupId必须设置一个，但不能同时设置").
    /// </summary>
    private static string Clause(string text, Match keyword, IReadOnlySet<string> memberNames)
    {
        var start = ClauseStart(text, keyword.Index);
        var end = text.IndexOfAny(ClauseBreaks, keyword.Index + keyword.Length);
        end = end < 0 ? text.Length : end;
        if (start > 0 && !IdentifierPattern().Matches(text[start..end]).Any(m => memberNames.Contains(m.Value)))
        {
            start = PreviousClauseStart(text, start);
        }

        while (start > 0)
        {
            var before = PreviousClauseStart(text, start);
            if (!NamesOnlyPattern().IsMatch(text.AsSpan(before, start - before).TrimEnd(ClauseBreaks)))
            {
                break;
            }

            start = before;
        }

        return text[start..end];
    }

    private static int ClauseStart(string text, int at) => at <= 0 ? 0 : text.LastIndexOfAny(ClauseBreaks, at - 1) + 1;

    // The clause before the one starting at start, past the breaks between them (",但").
    private static int PreviousClauseStart(string text, int start)
    {
        var at = start;
        while (at > 0 && (Array.IndexOf(ClauseBreaks, text[at - 1]) >= 0 || char.IsWhiteSpace(text[at - 1])))
        {
            at--;
        }

        return ClauseStart(text, at);
    }

    private static readonly char[] ClauseBreaks = { ',', ';', '但' };

    [GeneratedRegex(@"^\s*(?:(?:and|or|和|与|或)\s*)?[A-Za-z][A-Za-z0-9_.]*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamesOnlyPattern();

    private static List<string>? Members(string member, string text, IReadOnlySet<string> memberNames)
    {
        var named = new List<string>();
        var tiedToSelf = false;
        foreach (Match identifier in IdentifierPattern().Matches(text))
        {
            var name = identifier.Value;
            if (memberNames.Contains(name))
            {
                if (!named.Contains(name))
                {
                    named.Add(name);
                }

                tiedToSelf |= TiedToSelfPattern().IsMatch(text.AsSpan(Math.Max(0, identifier.Index - 8), Math.Min(8, identifier.Index)));
                continue;
            }

            // A name that looks like a member (PascalCase or dotted) but is not one of this object's: another object's rule.
            if (name.Contains('.', StringComparison.Ordinal) || (char.IsUpper(name[0]) && name.Any(char.IsLower) && name.Length > 2))
            {
                return null;
            }
        }

        // "mutually exclusive with Protocol and Port" said on a third member ties it to each of them, not them to each other.
        if (!named.Contains(member) && tiedToSelf && named.Count > 1)
        {
            return null;
        }

        if (!named.Contains(member) && (SelfPattern().IsMatch(text) || (named.Count == 1 && tiedToSelf)))
        {
            named.Add(member);
        }

        return named;
    }
}
