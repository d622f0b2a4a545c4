using System.Text.RegularExpressions;

namespace TcApi.Import.Mining;

/// <summary>
/// Reads a closed list of allowed values of a string or integer member: after a label (<c>可选值：TCP、UDP</c>,
/// <c>取值：A | B</c>, <c>取值为 xxx 或 yyy</c>, <c>枚举值：</c> and one value per line, "Valid values: TCP, UDP"), or,
/// for integers, a run of codes with meanings (<c>0：关闭；1：开启</c>, <c>1 表示…，2 表示…</c>). A list that is open
/// (<c>等</c>, <c>包括但不限于</c>, "other values reserved"), introduced as an example, under a condition, or read
/// differently in two places gives nothing.
/// </summary>
internal static partial class AllowedValuesReader
{
    [GeneratedRegex(
        @"(?<label>可选值|可选项|可选取值|可取值|取值范围|取值|有效值|枚举值|合法值|可选(?:的)?(?:值|类型|参数)|支持(?:的)?(?:取值|值)|目前支持|当前支持|仅支持|只支持|只能(?:是|为|填|选择|取)?|可(?:填|传|设置|选择)(?:的值)?"
        + @"|\b(?:valid|allowed|supported|possible|available|enumerated|enum|optional) values?\b|(?<=(?:^|[.;\n])\s*)values?\s*(?=:)|\bvalue range\b|\boptions\b(?=\s*:)|\bcurrently supported\b)"
        + @"[ \t]*(?:包括|包含|如下|有|为|是|范围|\bare\b|\binclude\b|\bis\b)*[ \t]*(?::)?[ \t]*(?:以下|下列)?(?:几种|值)?[ \t]*(?::)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"(?<![\w.\-:])-?\d+\s*(?::(?!\d)|表示|代表|=)\s*(?=[^\s\d])", RegexOptions.CultureInvariant)]
    private static partial Regex CodeStartPattern();

    // Openness anywhere in the document: a list that "includes but is not limited to", or reserves other values.
    [GeneratedRegex(@"包括但不限于|不限于|其他值|其它值|其他取值|其它取值|其余值|保留值|等价于|等同于|\bequivalent to\b|\balias\b|\bother values\b|\breserved\b|\bnot limited to\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpenDocumentPattern();

    // A lead-in that names another field ("该Name对应的Value可取值为", "ComponentType string 子控件类型-可选值") or heads a
    // sub-item ("HTTP 请求方法: …取值范围为") says what the values of something else are.
    [GeneratedRegex(@"[A-Za-z_]*[a-z][A-Za-z0-9_]*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@":\s*[^\s:]|的\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ScopedLeadPattern();

    [GeneratedRegex(@"^\d+\s*-\s*\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberSpanToken();

    // The next line reads like one more item ("ICMP Ping：…", "http.request.cookies['x']：…"): the list was not read whole.
    [GeneratedRegex(@"\G[ \t]*\n[ \t]*(?!(?:default|note|notes|example|remarks?)\b)[""']?[A-Za-z0-9][^\n:]{0,40}:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContinuedListPattern();

    // Expressions and queries name fields or operators, not values of their own.
    [GeneratedRegex(@"(?:Expression|Sql|SQL|Query|Condition|Filter|Script|Rule)s?$", RegexOptions.CultureInvariant)]
    private static partial Regex ExpressionMemberPattern();

    // Addresses, identifiers, names and free text have no closed list of values; a list in their documentation is of something else (a format).
    [GeneratedRegex(@"(?:Url|URL|Uri|URI|Path|Id|ID|Ids|IDs|Name|Base64|Content|Data|File|Password|Description|Remark|Text|Key|Token)$", RegexOptions.CultureInvariant)]
    private static partial Regex FreeTextMemberPattern();

    [GeneratedRegex(@"^(?:note|notes|default|example|remark|remarks|notice|warning)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAValuePattern();

    public static Reading<ValueList> Read(string clean, string folded, MemberShape shape, string member, bool chinese)
    {
        if (shape.Value is not (ValueKind.String or ValueKind.SignedInteger or ValueKind.UnsignedInteger) || ExpressionMemberPattern().IsMatch(member)
            || (shape.Value == ValueKind.String && FreeTextMemberPattern().IsMatch(member)))
        {
            return Reading<ValueList>.None;
        }

        var integers = shape.IsInteger;
        ValueList? found = null;
        var refused = false;
        var taken = new List<(int Start, int End)>();

        foreach (Match label in LabelPattern().Matches(folded))
        {
            var start = label.Index + label.Length;
            if (taken.Any(t => label.Index >= t.Start && label.Index < t.End))
            {
                continue;
            }

            var list = ValueListParser.Parse(folded, start, integers, requireMeaning: false);
            if (list is null)
            {
                continue;
            }

            taken.Add((label.Index, list.Value.End));
            if (!Accept(label.Index, list.Value.End, list.Value.Values, MinedConfidence.High))
            {
                refused = true;
            }
        }

        if (integers)
        {
            foreach (Match code in CodeStartPattern().Matches(folded))
            {
                if (taken.Any(t => code.Index >= t.Start && code.Index < t.End))
                {
                    continue;
                }

                var list = ValueListParser.Parse(folded, code.Index, integers: true, requireMeaning: true);
                if (list is null)
                {
                    continue;
                }

                taken.Add((code.Index, list.Value.End));
                if (!Accept(code.Index, list.Value.End, list.Value.Values, MinedConfidence.Medium))
                {
                    refused = true;
                }
            }
        }

        if (refused || found is null)
        {
            return refused ? Reading<ValueList>.Refusal : Reading<ValueList>.None;
        }

        return new Reading<ValueList>(found, false);

        bool Accept(int start, int end, List<string> values, MinedConfidence confidence)
        {
            var sentenceStart = SentenceStart(folded, start);
            var lead = folded.Substring(sentenceStart, start - sentenceStart);
            var span = folded.Substring(start, Math.Min(folded.Length, end + 4) - start);
            if (Traps.IsConditional(lead) || Traps.ExampleStart(lead) < lead.Length || Traps.HasOpenList(span) || OpenDocumentPattern().IsMatch(folded)
                || Traps.ExampleStart(span) < span.Length || !FitType(values) || values.Any(v => NumberSpanToken().IsMatch(v) || NotAValuePattern().IsMatch(v)) || MixesNumbersAndWords(values)
                || ScopedLeadPattern().IsMatch(lead) || (chinese && NamesAnotherField(lead))
                || ContinuedListPattern().IsMatch(folded, end) || (integers && DefaultOutside(values)))
            {
                return false;
            }

            var candidate = new ValueList(values, confidence, Quote(clean, sentenceStart, end));
            if (found is not null && !found.SameValues(candidate))
            {
                return false;
            }

            found ??= candidate;
            return true;
        }

        bool MixesNumbersAndWords(List<string> values) =>
            !integers && values.Any(v => long.TryParse(v, out _)) && !values.All(v => long.TryParse(v, out _));

        bool NamesAnotherField(string lead) =>
            WordPattern().Matches(lead).Any(w => w.Length >= 3 && w.Value != member);

        // A default that is not among the codes: the list is not the whole story.
        bool DefaultOutside(List<string> values) =>
            Traps.NamedValues(folded).Any(d => !values.Contains(NumberText.Show(d), StringComparer.Ordinal));

        bool FitType(List<string> values) => !integers || values.All(v =>
            long.TryParse(v, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n)
            && (shape.Value != ValueKind.UnsignedInteger || n >= 0));
    }

    private static int SentenceStart(string folded, int at)
    {
        var i = at - 1;
        while (i >= 0 && folded[i] is not ('\n' or '。' or ';' or '!' or '?') && !(folded[i] == '.' && i + 1 < folded.Length && folded[i + 1] == ' '))
        {
            i--;
        }

        return i + 1;
    }

    private static string Quote(string clean, int start, int end) =>
        clean.Substring(start, end - start).Replace('\n', ' ').Trim().TrimEnd(';', '；', ',', '，');
}
