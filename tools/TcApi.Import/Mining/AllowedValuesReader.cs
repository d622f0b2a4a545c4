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
        @"(?<label>可选值|可选项|可选取值|可取值|取值范围|取值|有效值|枚举值?|合法值|可选(?:的)?(?:值|类型|参数)|可选\p{IsCJKUnifiedIdeographs}{2}(?=\s*(?::|包含|包括))|支持(?:的)?(?:取值|值)|支持(?:如下|以下)|目前支持|当前支持|仅支持|只支持|只能(?:是|为|填|选择|取)?|可(?:填|传|设置|选择)(?:的值)?"
        + @"|\b(?:valid|allowed|supported|possible|available|enumerated|enum|enumeration|optional) values?\b|(?<=(?:^|[.;\n])\s*)values?\s*(?=:)|\bvalue range\b|\boptions\b(?=\s*:)|\bcurrently supported\b)"
        + @"[ \t]*(?:包括|包含|如下|有|为|是|范围|\bare\b|\binclude\b|\bis\b)*[ \t]*(?::)?[ \t]*(?:以下|下列)?(?:几种|值)?[ \t]*(?::)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"(?<![A-Za-z0-9_.\-:])-?\d+\s*(?::(?!\d)|表示|代表|=)\s*(?=[^\s\d])|(?<![A-Za-z0-9_.\-]|\d:)-?\d+-(?=[\p{IsCJKUnifiedIdeographs}A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex CodeStartPattern();

    // "0连续告警，1指数告警": a one-digit code glued to its meaning (the parser keeps it only when the codes count up from 0 or 1).
    [GeneratedRegex(@"(?<![A-Za-z0-9_.\-:])\d ?(?=\p{IsCJKUnifiedIdeographs})", RegexOptions.CultureInvariant)]
    private static partial Regex GluedCodeStartPattern();

    // "rfc3164：…<br>auto：…", "COMPLIANT：合规   NON_COMPLIANT：不合规", "\"HEAD\" 表示…": string values with meanings, without a label.
    // The value opens a line, a sentence or an aside, or follows Chinese (not another English word: "Outside Chinese
    // Mainland: …"); its meaning is Chinese ("deployType: CONNSTR_PUBLICDB", "H5：WAP" pair a key with a value).
    [GeneratedRegex(@"(?:(?<=^|[\n。;:(]|\p{IsCJKUnifiedIdeographs}\s*)[""']?[A-Za-z][A-Za-z0-9_.\-]*(?::\d+)?[""']?|(?<=^|[\n。;:(,]|\p{IsCJKUnifiedIdeographs}\s*)[""']-?\d+[""'])\s*(?::(?!\d)(?!//)|表示|代表|-\s)\s*(?=[\p{IsCJKUnifiedIdeographs}(])", RegexOptions.CultureInvariant)]
    private static partial Regex StringCodeStartPattern();

    // A default that names a word ("默认值：STATIC", "The default value is postgresql").
    [GeneratedRegex(@"(?:默认值?|缺省值?|\bdefault(?: value)?(?: is)?)\s*(?:为|是|:)?\s*[""']?(?<v>[A-Za-z][A-Za-z0-9_.\-]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DefaultWordPattern();

    [GeneratedRegex(@"\([^()]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex AsidePattern();

    [GeneratedRegex(@"\[\s*[A-Za-z0-9_][A-Za-z0-9_.]*(?:\s*\|\s*[A-Za-z0-9_][A-Za-z0-9_.]*)+\s*\]", RegexOptions.CultureInvariant)]
    private static partial Regex PipeListPattern();

    // A run of "meaning-code" pairs that opens a clause and ends one: "文件种类，参数文件-1，协议文件-2，请求文件-3".
    [GeneratedRegex(@"(?<=^|[,;:\n])\s*(?:(?<meaning>[\p{IsCJKUnifiedIdeographs}][^\d,;:。\n()""-]{0,20}?)\s*(?:-|:|为)\s*[""']?(?<v>\d+)[""']?\s*(?:[,;、\n]\s*|(?=\s*(?:[。.]|$|\n))))+(?=\s*(?:[。.]|$|\n))",
        RegexOptions.CultureInvariant)]
    private static partial Regex MeaningThenCodePattern();

    // "时间范围精度，1分钟(ONE_MINUTE)/5分钟(FIVE_MINUTE)": upper-case codes in brackets after their meanings, to the clause's end.
    [GeneratedRegex(@"(?<=^|[,;:\n])\s*(?:(?<meaning>[^\s,;:/、()。]{1,10})\s*\((?<v>[A-Z][A-Z0-9_]{2,})\)\s*(?:[/、]|或|(?=\s*(?:[。.]|$|\n))))+(?=\s*(?:[。.]|$|\n))",
        RegexOptions.CultureInvariant)]
    private static partial Regex MeaningThenBracketedCodePattern();

    [GeneratedRegex(@"(?<![\d/.\-])(?<v>\d+)(?:/(?<v>\d+)){2,}(?![\d/.])", RegexOptions.CultureInvariant)]
    private static partial Regex RisingNumbersPattern();

    [GeneratedRegex(@"(?:值|默认|最大|最小|范围|上限|下限|单位|长度|数量|个数|时长|大小|限制)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelWordPattern();

    [GeneratedRegex(@"Offset|Limit|PageSize|PageNum|Page$|Count$|Num$", RegexOptions.CultureInvariant)]
    private static partial Regex CountLikeMemberPattern();

    // "任务状态0全查 1:生成中 2:待生成": a code glued to its meaning beside a run of codes.
    [GeneratedRegex(@"(?<![A-Za-z0-9_.\-:])(?<v>-?\d+) ?(?![个秒分时天周月年次位倍条元字号日点项种级期])\p{IsCJKUnifiedIdeographs}", RegexOptions.CultureInvariant)]
    private static partial Regex GluedCodePattern();

    // Units a value is given in ("单位仅支持：s：秒；m：分钟") are no values of the member.
    [GeneratedRegex(@"(?:单位|\bunits?\b)[^,;。\n]{0,6}:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitLeadPattern();

    [GeneratedRegex(@"^[""']?[A-Za-z0-9][A-Za-z0-9_.\-]*[""']?\s*(?::|表示|代表|-)", RegexOptions.CultureInvariant)]
    private static partial Regex ItemLikePattern();

    // An item written "value - meaning" or "value：meaning" after a lead ("…: sql - SQL详情"), not a hyphenated word ("LRC-LRC", "max-age").
    [GeneratedRegex(@"^[""']?[A-Za-z0-9][A-Za-z0-9_.]*[""']?(?:\s+-\s+|\s*:\s*|\s*表示|\s*代表)\S", RegexOptions.CultureInvariant)]
    private static partial Regex LedItemPattern();

    [GeneratedRegex(@"(?:List|Set|s)$", RegexOptions.CultureInvariant)]
    private static partial Regex CollectionSuffixPattern();

    // Openness anywhere in the document: a list that "includes but is not limited to", or reserves other values.
    [GeneratedRegex(@"包括但不限于|不限于|其他值|其它值|其他取值|其它取值|其余值|保留值|等价于|等同于|\bequivalent to\b|\balias\b|\bother values\b|\breserved\b|\bnot limited to\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpenDocumentPattern();

    // A lead-in that names another field ("该Name对应的Value可取值为", "ComponentType string 子控件类型-可选值") or heads a
    // sub-item ("HTTP 请求方法: …取值范围为") says what the values of something else are.
    [GeneratedRegex(@"[A-Za-z_]*[a-z][A-Za-z0-9_]*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\G\s*(?:对应|的|字段|参数|取值|可取值|可选值|为|string\b|int\b|integer\b|bool\b)", RegexOptions.CultureInvariant)]
    private static partial Regex FieldWordAfter();

    [GeneratedRegex(@":\s*[^\s:]|的\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ScopedLeadPattern();

    [GeneratedRegex(@"^\d+\s*-\s*\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberSpanToken();

    // "4.CATALOG - 目录": an item number glued to a value; the list was not written as values.
    [GeneratedRegex(@"^\d+\.[A-Za-z]", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedItemToken();

    // The next line reads like one more item ("ICMP Ping：…", "http.request.cookies['x']：…", "TransferPayAmount -分成金金额"):
    // the list was not read whole.
    [GeneratedRegex(@"\G[ \t]*\n[ \t]*(?!(?:default|note|notes|example|remarks?)\b)[""']?[A-Za-z0-9](?:[^\n:]{0,40}:|[A-Za-z0-9_.]*[""']?\s*-(?:\s|(?=\p{IsCJKUnifiedIdeographs})))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContinuedListPattern();

    // Expressions and queries name fields or operators, not values of their own.
    [GeneratedRegex(@"(?:Expression|Sql|SQL|Query|Condition|Filter|Script|Rule)s?$", RegexOptions.CultureInvariant)]
    private static partial Regex ExpressionMemberPattern();

    // Addresses, identifiers, names and free text have no closed list of values; a list in their documentation is of something else (a format).
    [GeneratedRegex(@"(?:Url|URL|Uri|URI|Path|Id|ID|Ids|IDs|Name|Base64|Content|Data|File|Password|Description|Remark|Text|Key|Token)$", RegexOptions.CultureInvariant)]
    private static partial Regex FreeTextMemberPattern();

    [GeneratedRegex(@"^(?:note|notes|default|example|remark|remarks|notice|warning|values?|options?|format|unit)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAValuePattern();

    public static Reading<ValueList> Read(string clean, string folded, MemberShape shape, string member, bool chinese)
    {
        if (shape.Value is not (ValueKind.String or ValueKind.SignedInteger or ValueKind.UnsignedInteger) || ExpressionMemberPattern().IsMatch(member)
            || (shape.Value == ValueKind.String && (FreeTextMemberPattern().IsMatch(member) || FreeTextMemberPattern().IsMatch(CollectionSuffixPattern().Replace(member, string.Empty)))))
        {
            return Reading<ValueList>.None;
        }

        var integers = shape.IsInteger;
        ValueList? found = null;
        var refused = false;
        var taken = new List<(int Start, int End)>();
        var attempted = new List<(int Start, int End)>();

        foreach (Match label in LabelPattern().Matches(folded))
        {
            // A label is no value of a list read without one ("Valid values: gzip: …" is not "values, gzip").
            attempted.Add((label.Index, label.Index + label.Length));
            var start = label.Index + label.Length;
            if (taken.Any(t => label.Index >= t.Start && label.Index < t.End))
            {
                continue;
            }

            var list = ValueListParser.Parse(folded, start, integers, requireMeaning: false, out _, spaceRuns: chinese);
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

        // "排序方式：[FirstTime|ProcessCount]", "可选[OPEN|CLOSE]", "Support [unix|utc0]": values between brackets, separated by
        // "|" only, are a closed list without a label.
        foreach (Match bracket in PipeListPattern().Matches(folded))
        {
            if (taken.Any(t => bracket.Index >= t.Start && bracket.Index < t.End))
            {
                continue;
            }

            var list = ValueListParser.Parse(folded, bracket.Index, integers, requireMeaning: false, out _);
            if (list is null || list.Value.End != bracket.Index + bracket.Length)
            {
                continue;
            }

            taken.Add((bracket.Index, list.Value.End));
            if (!Accept(bracket.Index, list.Value.End, list.Value.Values, MinedConfidence.Medium))
            {
                refused = true;
            }
        }

        ReadMeaningsFirst();

        if (integers)
        {
            ReadCodes(CodeStartPattern(), glued: false);
            ReadCodes(GluedCodeStartPattern(), glued: true);
        }
        else if (chinese)
        {
            // English prose ends many phrases with a colon ("Access method: public - …"): only Chinese text is read so.
            ReadCodes(StringCodeStartPattern(), glued: false);
        }

        if (refused || found is null)
        {
            return refused ? Reading<ValueList>.Refusal : Reading<ValueList>.None;
        }

        return new Reading<ValueList>(found, false);

        void ReadCodes(Regex pattern, bool glued)
        {
            foreach (Match code in pattern.Matches(folded))
            {
                if (taken.Concat(attempted).Any(t => code.Index >= t.Start && code.Index < t.End))
                {
                    continue;
                }

                // A run that was not a list (a value repeated, a list not read whole) is not read again from its middle.
                var list = ValueListParser.Parse(folded, code.Index, integers, requireMeaning: true, out var reached, glued: glued, spaceRuns: chinese);
                attempted.Add((code.Index, reached));
                if (list is null || taken.Any(t => t.Start < list.Value.End && code.Index < t.End))
                {
                    continue;
                }

                taken.Add((code.Index, list.Value.End));
                if (FollowsAnItem(code.Index) || !Accept(code.Index, list.Value.End, list.Value.Values, MinedConfidence.Medium))
                {
                    refused = true;
                }
            }
        }

        // A meaning written before its value: "参数文件-1，协议文件-2，请求文件-3", "入向：1，出向：2", "关闭为0，开启为1" (codes
        // that count up from 0 or 1); "1分钟(ONE_MINUTE)/5分钟(FIVE_MINUTE)" (codes in brackets after each meaning);
        // "1/2/3/4/5/6/7/8/9/10/11/12/24/36" (numbers that only go up, on an integer).
        void ReadMeaningsFirst()
        {
            foreach (var (pattern, group) in new[] { (MeaningThenCodePattern(), "v"), (MeaningThenBracketedCodePattern(), "v"), (RisingNumbersPattern(), "v") })
            {
                foreach (Match run in pattern.Matches(folded))
                {
                    if (taken.Concat(attempted).Any(t => run.Index < t.End && t.Start < run.Index + run.Length))
                    {
                        continue;
                    }

                    var values = run.Groups[group].Captures.Select(c => c.Value).ToList();
                    var numbers = values.Select(v => long.TryParse(v, out var n) ? n : (long?)null).ToList();
                    var fits = pattern == MeaningThenBracketedCodePattern()
                        ? !integers
                        : numbers.All(n => n is not null) && (pattern == RisingNumbersPattern()
                            ? integers && numbers.Zip(numbers.Skip(1)).All(p => p.Second > p.First)
                            : numbers[0] is 0 or 1 && numbers.Select((n, i) => n == numbers[0] + i).All(x => x));
                    // "页码，第一页:0，第二页:1" pages an offset (an example, not codes); "ruleType=8/9/10" gives another field's values.
                    if (values.Count < (pattern == RisingNumbersPattern() ? 3 : 2) || !fits || run.Groups["meaning"].Captures.Any(c => LabelWordPattern().IsMatch(c.Value))
                        || (integers && CountLikeMemberPattern().IsMatch(member)) || folded[..run.Index].TrimEnd().EndsWith('='))
                    {
                        continue;
                    }

                    // A form without a label that does not read whole declines nothing else.
                    if (Accept(run.Index, run.Index + run.Length, values, MinedConfidence.Medium))
                    {
                        taken.Add((run.Index, run.Index + run.Length));
                    }
                }
            }
        }

        bool Accept(int start, int end, List<string> values, MinedConfidence confidence)
        {
            var sentenceStart = SentenceStart(folded, start);
            var lead = folded.Substring(sentenceStart, start - sentenceStart);
            var span = folded.Substring(start, Math.Min(folded.Length, end + 4) - start);
            // "OriginalFiles（删除原文件，删除后无法发起转码、微信发布等任何视频处理操作）": 等 inside a value's aside opens no list.
            if (Traps.IsConditional(lead) || Traps.ExampleStart(lead) < lead.Length || Traps.HasOpenList(AsidePattern().Replace(span, string.Empty)) || OpenDocumentPattern().IsMatch(folded)
                || Traps.ExampleStart(span) < span.Length || !FitType(values) || values.Any(v => NumberSpanToken().IsMatch(v) || NumberedItemToken().IsMatch(v) || (NotAValuePattern().IsMatch(v) && !(chinese && v == "Default"))) || MixesNumbersAndWords(values)
                || ScopedLeadPattern().IsMatch(lead) || (chinese && NamesAnotherField(lead)) || UnitLeadPattern().IsMatch(folded.AsSpan(Math.Max(0, start - 40), start - Math.Max(0, start - 40)))
                || (integers && GluedCodePattern().Matches(folded.Substring(sentenceStart, end - sentenceStart)).Any(g => !values.Contains(g.Groups["v"].Value, StringComparer.Ordinal)))
                || ContinuedListPattern().IsMatch(folded, end) || (integers ? DefaultOutside(values) : DefaultWordOutside(values))
                || FollowsExampleHeading(sentenceStart))
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

        // "Example:\n1: Billing based on the 1v1 rule;\n10: …": values under a heading that introduces an example.
        bool FollowsExampleHeading(int sentenceStart)
        {
            var lineEnd = sentenceStart - 1;
            if (lineEnd < 0 || folded[lineEnd] != '\n')
            {
                return false;
            }

            var lineStart = folded.LastIndexOf('\n', Math.Max(0, lineEnd - 1)) + 1;
            return lineStart <= lineEnd && CaseScope.IsExampleHeading(folded[lineStart..lineEnd]);
        }

        // A run that starts after a line or clause that is itself "value：meaning" ("- cpu：CPU\n- mem：内存") began mid-list.
        bool FollowsAnItem(int start)
        {
            var before = folded[..start].TrimEnd(' ', '\t');
            if (before.Length == 0 || before[^1] is not ('\n' or ';' or ',' or '、' or '。'))
            {
                return false;
            }

            var lineStart = before[^1] == '\n';
            before = before[..^1].TrimEnd(' ', '\t', '。', ';', ',', '.');
            var segment = before[(before.LastIndexOfAny(lineStart ? ['\n'] : ['\n', ';', ',', '、', '。']) + 1)..].Trim();
            // "…: sql - SQL详情；alarmLevel - …", "如：sql - SQL命令详情<br>host – …": the item before follows a lead of its own.
            if (LedItemPattern().IsMatch(segment[(segment.LastIndexOf(':') + 1)..].Trim()))
            {
                return true;
            }

            // A previous line of other values without meanings ("<  <=  ==  =>  > !=") counts as part of the list too.
            return ItemLikePattern().IsMatch(segment) || (lineStart && segment.Length > 0 && !segment.EndsWith(':') && !segment.Any(c => c >= '\u4e00' && c <= '\u9fff'));
        }

        bool MixesNumbersAndWords(List<string> values) =>
            !integers && values.Any(v => long.TryParse(v, out _)) && !values.All(v => long.TryParse(v, out _));

        // A field is named like one: CamelCase (ComponentType), or a capitalised word said to be one ("该Name对应的Value可取值").
        // The subject a sentence opens with, followed by Chinese ("EdgeOne 人机校验模式"), is a product, not a field.
        bool NamesAnotherField(string lead) =>
            WordPattern().Matches(lead).Any(w => w.Length >= 3 && w.Value != member && char.IsUpper(w.Value[0])
                && (w.Value.Skip(1).Any(char.IsUpper) || FieldWordAfter().IsMatch(lead, w.Index + w.Length))
                && !(lead[..w.Index].Trim().Length == 0 && w.Index + w.Length + 1 < lead.Length && lead[w.Index + w.Length] == ' '
                     && char.GetUnicodeCategory(lead[w.Index + w.Length + 1]) == System.Globalization.UnicodeCategory.OtherLetter));

        // A default word that is not among the values: the list leaves out its own default.
        bool DefaultWordOutside(List<string> values) =>
            DefaultWordPattern().Matches(folded).Any(d => !values.Contains(d.Groups["v"].Value, StringComparer.OrdinalIgnoreCase));

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
