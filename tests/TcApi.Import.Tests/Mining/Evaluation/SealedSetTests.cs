using TcApi.Import.Mining;
using Xunit.Abstractions;

namespace TcApi.Import.Tests.Mining.Evaluation;

/// <summary>
/// The reader against the sealed test set (SealedSet/, drawn by tools/eval-set/sealed-sample.py with seeds 20261207
/// and 20261208, labelled by readers who saw only the text and the rules, never the reader or its output). The set is
/// scored once, when the reader's work is done; the floors are the figures of that scoring and are never raised by
/// changing the reader to fit this set: a change made after looking at its misses needs a new sealed set.
/// </summary>
public class SealedSetTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<LabelledMember>> Members = new(() => LabelledMember.LoadAll(LabelledMember.SealedSet));

    [Fact]
    public void The_set_is_large_enough_for_a_99_percent_figure_to_be_measurable()
    {
        var members = Members.Value;
        int Labels(MinedKind kind) => members.Sum(m => m.Labels.Count(l => l.Kind == kind));

        Assert.All(members, m => Assert.True(m.Labelled, $"{m.Doc.Service}/{m.Doc.Owner}.{m.Doc.Member} is not labelled"));
        Assert.True(Labels(MinedKind.Range) >= 150, $"{Labels(MinedKind.Range)} ranges");
        Assert.True(Labels(MinedKind.Length) >= 100, $"{Labels(MinedKind.Length)} lengths");
        Assert.True(Labels(MinedKind.AllowedValues) >= 150, $"{Labels(MinedKind.AllowedValues)} allowed-value lists");
        Assert.True(Labels(MinedKind.ItemCount) >= 50, $"{Labels(MinedKind.ItemCount)} item counts");
    }

    [Fact]
    public void No_member_of_the_sealed_set_is_in_the_development_set()
    {
        var development = LabelledMember.LoadAll().Select(Key).ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain(Members.Value.Select(Key), development.Contains);
    }

    [Fact]
    public void Precision_and_recall_hold_the_figures_of_the_one_scoring()
    {
        var score = MinerScore.Of(Members.Value);
        output.WriteLine(score.Table());
        output.WriteLine("Mined but not labelled:");
        score.WrongOnes.ForEach(output.WriteLine);
        output.WriteLine("Labelled but not mined:");
        score.Missed.ForEach(output.WriteLine);

        Floor(score.Precision(MinedKind.Range), SealedFloors.RangePrecision, "range precision");
        Floor(score.Precision(MinedKind.Length), SealedFloors.LengthPrecision, "length precision");
        Floor(score.Precision(MinedKind.ItemCount), SealedFloors.ItemCountPrecision, "item count precision");
        Floor(score.Precision(MinedKind.AllowedValues), SealedFloors.AllowedValuesPrecision, "allowed values precision");
        Floor(score.Recall(MinedKind.Range), SealedFloors.RangeRecall, "range recall");
        Floor(score.Recall(MinedKind.Length), SealedFloors.LengthRecall, "length recall");
        Floor(score.Recall(MinedKind.ItemCount), SealedFloors.ItemCountRecall, "item count recall");
        Floor(score.Recall(MinedKind.AllowedValues), SealedFloors.AllowedValuesRecall, "allowed values recall");
    }

    private static string Key(LabelledMember m) => $"{m.Doc.Service}/{m.Doc.Version}/{m.Doc.Owner}/{m.Doc.Member}";

    private static void Floor(double measured, double floor, string what) =>
        Assert.True(measured >= floor, $"{what} fell to {measured:P1} (floor {floor:P1}, the sealed set's one scoring)");
}
