using System.Globalization;
using System.Text;
using TcApi.Import.Mining;

namespace TcApi.Import.Tests.Mining.Evaluation;

/// <summary>Precision and recall of the miner per constraint kind over the labelled members, with every miss listed.</summary>
internal sealed class MinerScore
{
    private readonly Dictionary<MinedKind, (int Mined, int Right, int Labelled, int Found)> _kinds = new();

    public List<string> WrongOnes { get; } = [];

    public List<string> Missed { get; } = [];

    /// <summary>Lengths in bytes, a kind the reader mines apart from the format-2 constraints.</summary>
    public (int Mined, int Right, int Labelled, int Found) Bytes { get; private set; }

    public int Members { get; private set; }

    public int Services { get; private set; }

    public static MinerScore Of(IReadOnlyList<LabelledMember> members)
    {
        var score = new MinerScore { Members = members.Count, Services = members.Select(m => m.Doc.Service).Distinct().Count() };
        foreach (var member in members)
        {
            var mined = ConstraintMiner.Mine(member.Doc);
            foreach (var constraint in mined)
            {
                var right = member.Labels.Any(l => l.Matches(constraint));
                score.Add(constraint.Kind, mined: 1, right: right ? 1 : 0);
                if (!right)
                {
                    score.WrongOnes.Add($"{Id(member)}: mined {Describe(constraint)} from \"{constraint.Quote}\"");
                }
            }

            score.AddBytes(member, ConstraintMiner.MineByteLength(member.Doc));
            foreach (var label in member.Labels)
            {
                var found = mined.Any(label.Matches);
                score.Add(label.Kind, labelled: 1, found: found ? 1 : 0);
                if (!found)
                {
                    score.Missed.Add($"{Id(member)}: {label.Kind} \"{label.Quote}\"");
                }
            }
        }

        return score;
    }

    public double BytePrecision => Bytes.Mined > 0 ? (double)Bytes.Right / Bytes.Mined : 1;

    public double ByteRecall => Bytes.Labelled > 0 ? (double)Bytes.Found / Bytes.Labelled : 1;

    public double Precision(MinedKind kind) => _kinds.TryGetValue(kind, out var k) && k.Mined > 0 ? (double)k.Right / k.Mined : 1;

    public double Recall(MinedKind kind) => _kinds.TryGetValue(kind, out var k) && k.Labelled > 0 ? (double)k.Found / k.Labelled : 1;

    public (int Mined, int Right, int Labelled, int Found) Counts(MinedKind kind) => _kinds.GetValueOrDefault(kind);

    public string Table()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Members} members of {Services} services");
        text.AppendLine("| kind | mined | right | precision | labelled | found | recall |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var kind in Enum.GetValues<MinedKind>())
        {
            var (mined, right, labelled, found) = Counts(kind);
            text.AppendLine(CultureInfo.InvariantCulture, $"| {kind} | {mined} | {right} | {Precision(kind):P1} | {labelled} | {found} | {Recall(kind):P1} |");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"| ByteLength | {Bytes.Mined} | {Bytes.Right} | {BytePrecision:P1} | {Bytes.Labelled} | {Bytes.Found} | {ByteRecall:P1} |");
        return text.ToString();
    }

    private void AddBytes(LabelledMember member, MinedByteLength? mined)
    {
        var right = mined is not null && member.ByteLabels.Any(l => l.Matches(mined));
        if (mined is not null && !right)
        {
            WrongOnes.Add($"{Id(member)}: mined ByteLength{(mined.OnItems ? " (items)" : "")} min {mined.MinBytes?.ToString(CultureInfo.InvariantCulture) ?? "-"} max {mined.MaxBytes?.ToString(CultureInfo.InvariantCulture) ?? "-"} from \"{mined.Quote}\"");
        }

        var found = mined is null ? 0 : member.ByteLabels.Count(l => l.Matches(mined));
        foreach (var label in member.ByteLabels.Where(l => mined is null || !l.Matches(mined)))
        {
            Missed.Add($"{Id(member)}: ByteLength \"{label.Quote}\"");
        }

        Bytes = (Bytes.Mined + (mined is null ? 0 : 1), Bytes.Right + (right ? 1 : 0), Bytes.Labelled + member.ByteLabels.Count, Bytes.Found + found);
    }

    private void Add(MinedKind kind, int mined = 0, int right = 0, int labelled = 0, int found = 0)
    {
        var k = _kinds.GetValueOrDefault(kind);
        _kinds[kind] = (k.Mined + mined, k.Right + right, k.Labelled + labelled, k.Found + found);
    }

    private static string Id(LabelledMember member) => $"{member.Doc.Service}/{member.Doc.Version} {member.Doc.Owner}.{member.Doc.Member}";

    private static string Describe(MinedConstraint c) => c.Kind == MinedKind.AllowedValues
        ? $"{c.Kind}{(c.OnItems ? " (items)" : "")} [{string.Join(", ", c.Values)}]"
        : $"{c.Kind}{(c.OnItems ? " (items)" : "")} min {c.Minimum?.ToString(CultureInfo.InvariantCulture) ?? "-"} max {c.Maximum?.ToString(CultureInfo.InvariantCulture) ?? "-"} exMin {c.ExclusiveMinimum?.ToString(CultureInfo.InvariantCulture) ?? "-"} exMax {c.ExclusiveMaximum?.ToString(CultureInfo.InvariantCulture) ?? "-"}";
}
