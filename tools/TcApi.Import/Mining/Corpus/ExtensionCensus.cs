using System.Text.RegularExpressions;
using TcApi.Import.Corpus;

namespace TcApi.Import.Mining.Corpus;

/// <summary>One form the documentation states that format 2 cannot hold: how many members and sentences state it, with examples.</summary>
public sealed record CensusCount(string Form, int RequestMembers, int InputObjectMembers, int Sentences, IReadOnlyList<(string Member, string Sentence)> Examples);

/// <summary>
/// Counts, over every member the reader reads, the constraints the documentation states beyond what format 2 holds:
/// a range together with special values outside it (<c>0 或 [128, 4096]</c>, <c>取值范围：[6，40] … 0：不开启</c>, <c>-1 表示不限制</c>
/// beside a range), a length in bytes on a string (<c>长度上限：1024字节</c>), and a bound that holds only when another member
/// of the same object has some value (<c>当 X 为 Y 时，Z 取值范围…</c>). The first is found the way the reader declines it
/// (a stated range and a value the document gives a meaning outside it); the others by their wording, in sentences the
/// reader would otherwise read a bound from (<c>tcapi mine-stats --census</c>).
/// </summary>
public static partial class ExtensionCensus
{
    public const string Union = "range with special values, in one phrase";
    public const string SpecialBeside = "range with special values, given a meaning elsewhere";
    public const string Bytes = "length in bytes";
    public const string Conditional = "bound under a condition on another member";

    // "0 和 [128, 4096]", "[0-100]和-1", "0-10，或 128-4096": two ranges, or a range and a value, in one phrase.
    private const string N = @"-?\d+(?:\.\d+)?";

    [GeneratedRegex(
        @"(?<![\d.])(?<v>" + N + @")\s*(?:和|或者?|、|,|\bor\b|\band\b)\s*[\[(]\s*(?<lo>" + N + @")\s*[,~-]\s*(?<hi>" + N + @")\s*[\])]"
        + @"|[\[(]\s*(?<lo>" + N + @")\s*[,~-]\s*(?<hi>" + N + @")\s*[\])]\s*(?:和|或者?|、|,|\bor\b|\band\b)\s*(?<v>" + N + @")(?![\d,.~-])"
        + @"|(?<![\d.])(?<lo>" + N + @")\s*(?:~|-|到|至)\s*(?<hi>\d+)\s*,?\s*(?:或者?|\bor\b)\s*(?<lo2>" + N + @")(?:\s*(?:~|-|到|至)\s*(?<hi2>\d+))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TwoRangesPattern();

    [GeneratedRegex(@"\d+\s*(?:个)?(?:字节|bytes?\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByteBoundPattern();

    /// <summary>Whether the two ranges, or the range and the value, of a match do not overlap ("[0, 100]，0 代表…" is one range).</summary>
    private static bool Apart(Match match)
    {
        static decimal? Get(Match m, string name) =>
            m.Groups[name].Success ? decimal.Parse(m.Groups[name].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        var (lo, hi, v, lo2, hi2) = (Get(match, "lo"), Get(match, "hi"), Get(match, "v") ?? Get(match, "lo2"), Get(match, "lo2"), Get(match, "hi2"));
        if (lo is null || hi is null || v is null)
        {
            return false;
        }

        return hi2 is { } end ? end < lo || hi < lo2 : v < lo || v > hi;
    }

    [GeneratedRegex(@"长度|大小|不超过|不能超过|不得超过|最多|最大|上限|限制|以内|以下|至多|\blength\b|\bsize\b|\bup to\b|\bmaximum\b|\bmax\b|\bexceed|\blimit|\bwithin\b|\bno more than\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LengthWordPattern();

    // What a bound sounds like, in any kind (a range, a length, a count, a list of values).
    [GeneratedRegex(
        @"取值范围|范围|取值|可选值|可取值|枚举值|最大值|最小值|不超过|不能超过|不得超过|不小于|最多|最少|上限|下限|长度|\d+\s*(?:~|-|到|至)\s*\d+|\[\s*-?\d+\s*,\s*-?\d+\s*\]"
        + @"|\bvalue range\b|\bvalid values\b|\bmaximum\b|\bminimum\b|\bup to\b|\bbetween\b|\bcharacters\b|\bat most\b|\bat least\b|\bcannot exceed\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoundWordPattern();

    // "当 X 为 Y 时", "若 X 取值为 Y", "X=Y 时", "When X is Y", "If X is set to Y": a condition on a member's value.
    [GeneratedRegex(
        @"(?:当|若|如果|仅当|在)\s*(?<m>[A-Za-z][A-Za-z0-9_.]*)\s*(?:参数)?\s*(?:的值|取值)?\s*(?:为|是|等于|=|==|取|设置为|设为|选择|指定为)"
        + @"|(?<m>[A-Za-z][A-Za-z0-9_.]*)\s*(?:=|==|为|是)\s*[""']?[A-Za-z0-9_\-]+[""']?\s*(?:时|的时候|情况下)"
        + @"|\b(?:when|if|only when)\s+(?:the\s+)?(?:value of\s+)?`?(?<m>[A-Za-z][A-Za-z0-9_.]*)`?\s+(?:is|=|==|equals|is set to)\b"
        + @"|\b(?:when|if)\s+`?(?<m>[A-Za-z][A-Za-z0-9_.]*)\s*=",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MemberConditionPattern();

    public static IReadOnlyList<CensusCount> Run(TencentCorpus corpus, int examples = 5)
    {
        var tallies = new[] { Union, SpecialBeside, Bytes, Conditional }.ToDictionary(f => f, _ => new Tally(), StringComparer.Ordinal);
        foreach (var files in corpus.ServiceVersions)
        {
            foreach (var objectMembers in CorpusMining.Members(files).GroupBy(m => m.Doc.Owner))
            {
                var siblings = objectMembers.Select(m => m.Doc.Member).ToHashSet(StringComparer.Ordinal);
                foreach (var member in objectMembers)
                {
                    Census(member, siblings, tallies, examples);
                }
            }
        }

        return tallies.Select(t => new CensusCount(t.Key, t.Value.Request.Count, t.Value.Input.Count, t.Value.Sentences, t.Value.Examples)).ToList();
    }

    private static void Census(ReadMember read, HashSet<string> siblings, Dictionary<string, Tally> tallies, int examples)
    {
        var doc = read.Doc;
        var shape = MemberShape.Of(doc.Type, doc.ElementType);
        var id = $"{doc.Service}/{doc.Version} {doc.Owner}.{doc.Member}";
        foreach (var text in new[] { doc.Chinese, doc.English ?? string.Empty })
        {
            if (text.Length == 0)
            {
                continue;
            }

            var clean = DocText.Clean(text);
            var folded = DocText.Fold(clean);
            var sentences = CaseScope.Mark(SentenceSplitter.Split(clean, folded));
            if (shape.IsNumber)
            {
                var stated = RangeReader.Stated(sentences, folded, shape, doc.Member).Value;
                var outside = stated is null ? null : Traps.SpecialValues(folded).Where(v => !stated.Admits(v)).Select(v => (decimal?)v).FirstOrDefault();
                foreach (var sentence in sentences)
                {
                    var twoRanges = TwoRangesPattern().Matches(sentence.Folded).Any(Apart) && !sentence.SetAside && !Traps.IsConditional(sentence.Folded);
                    var rangeWithSpecial = stated is not null && outside is not null && stated.Quote.Contains(sentence.Text, StringComparison.Ordinal);
                    if (twoRanges)
                    {
                        tallies[Union].Add(read, id, sentence.Text, examples);
                    }
                    else if (rangeWithSpecial)
                    {
                        tallies[SpecialBeside].Add(read, id, $"{sentence.Text} (and {NumberText.Show(outside!.Value)} has a meaning)", examples);
                    }
                }
            }

            if (shape.Value == ValueKind.String)
            {
                foreach (var sentence in sentences.Where(s => ByteBoundPattern().IsMatch(s.Folded) && LengthWordPattern().IsMatch(s.Folded)))
                {
                    tallies[Bytes].Add(read, id, sentence.Text, examples);
                }
            }

            if (shape.Value != ValueKind.Other)
            {
                foreach (var sentence in sentences)
                {
                    var condition = MemberConditionPattern().Matches(sentence.Folded)
                        .FirstOrDefault(m => siblings.Contains(m.Groups["m"].Value.Split('.')[0]) && m.Groups["m"].Value != doc.Member);
                    // The bound is outside the condition's own clause ("当 CaEnabled 参数取值为 true 时，此参数必填" bounds nothing).
                    if (condition is not null && BoundWordPattern().IsMatch(sentence.Folded.Replace(Traps.Clause(sentence.Folded, condition), " ", StringComparison.Ordinal)))
                    {
                        tallies[Conditional].Add(read, id, sentence.Text, examples);
                    }
                }
            }
        }
    }

    private sealed class Tally
    {
        public HashSet<string> Request { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Input { get; } = new(StringComparer.Ordinal);

        public int Sentences { get; private set; }

        public List<(string Member, string Sentence)> Examples { get; } = [];

        public void Add(ReadMember read, string id, string sentence, int examples)
        {
            Sentences++;
            var added = (read.IsRequest ? Request : Input).Add(id);
            // Examples spread over services: the first sentence of a member from a service not shown yet.
            var service = id[..id.IndexOf('/')];
            if (added && Examples.Count < examples && (examples > 5 || Examples.All(e => !e.Member.StartsWith(service + "/", StringComparison.Ordinal))))
            {
                Examples.Add((id, sentence));
            }
        }
    }
}
