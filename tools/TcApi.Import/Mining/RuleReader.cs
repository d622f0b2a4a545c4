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
    [GeneratedRegex(@"一组|组配置|两组|2组|\bgroups?\b|同个|同一个|同一|\bsame\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GroupPattern();

    /// <summary>The rules the documentation of <paramref name="member"/> states, named by members of <paramref name="memberNames"/>.</summary>
    public static IEnumerable<MinedRule> Read(string member, IReadOnlyList<DocSentence> sentences, IReadOnlySet<string> memberNames, string language)
    {
        foreach (var sentence in sentences)
        {
            var text = sentence.Folded;
            var kind = ExactlyOnePattern().IsMatch(text) ? MinedRuleKind.ExactlyOneOf
                : AtLeastOnePattern().IsMatch(text) ? MinedRuleKind.AtLeastOneOf
                : AtMostOnePattern().IsMatch(text) ? MinedRuleKind.AtMostOneOf
                : (MinedRuleKind?)null;
            if (kind is null || Traps.IsConditional(text) || Traps.ExampleStart(text) < text.Length || GroupPattern().IsMatch(text))
            {
                continue;
            }

            // Both "at least one" and "at most one" in one sentence: exactly one, but only if said outright.
            if (kind == MinedRuleKind.AtLeastOneOf && AtMostOnePattern().IsMatch(text))
            {
                continue;
            }

            if (Members(member, text, memberNames) is { Count: >= 2 } members)
            {
                yield return new MinedRule(kind.Value, members, sentence.Text, MinedConfidence.High, language, member);
            }
        }
    }

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
