using TcApi.Import.Mining;
using Xunit.Abstractions;

namespace TcApi.Import.Tests.Mining.Evaluation;

/// <summary>
/// The miner against the hand-labelled evaluation set (labelled by reading, before these figures were computed):
/// precision and recall per kind. The figures and every miss are written to the test output and recorded in
/// docs/constraint-mining.md with the project's targets; the floors here are the figures measured when the set was
/// scored, so a change to the reader can only keep or raise them.
/// </summary>
public class MinerEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<MinerScore> Score = new(() => MinerScore.Of(LabelledMember.LoadAll().Where(m => m.Labelled).ToList()));

    [Fact]
    public void The_set_is_big_and_varied_enough()
    {
        var members = LabelledMember.LoadAll();

        var labelled = members.Where(m => m.Labelled).ToList();

        Assert.True(members.Count >= 400, $"{members.Count} members drawn");
        Assert.Equal(members.Count(m => m.Stratum == "keyword"), members.Count(m => m.Stratum == "plain"));
        Assert.True(labelled.Count >= LabelledFloor, $"{labelled.Count} members labelled");
        Assert.True(labelled.Select(m => m.Doc.Service).Distinct().Count() >= 40);
    }

    /// <summary>How many members are labelled so far (the set's four parts are labelled by different readers).</summary>
    private const int LabelledFloor = 420;

    [Fact]
    public void Precision_and_recall_hold_their_measured_figures()
    {
        var score = Score.Value;
        output.WriteLine(score.Table());
        output.WriteLine("Mined but not labelled:");
        score.WrongOnes.ForEach(output.WriteLine);
        output.WriteLine("Labelled but not mined:");
        score.Missed.ForEach(output.WriteLine);

        Floor(score.Precision(MinedKind.Range), 0.99, "range precision");
        Floor(score.Precision(MinedKind.Length), 0.99, "length precision");
        Floor(score.Precision(MinedKind.ItemCount), 0.99, "item count precision");
        Floor(score.Precision(MinedKind.AllowedValues), 0.99, "allowed values precision");
        Floor(score.Recall(MinedKind.Range), 0.93, "range recall");
        Floor(score.Recall(MinedKind.Length), 0.99, "length recall");
        Floor(score.Recall(MinedKind.ItemCount), 0.76, "item count recall");
        Floor(score.Recall(MinedKind.AllowedValues), 0.86, "allowed values recall");
    }

    private static void Floor(double measured, double floor, string what) =>
        Assert.True(measured >= floor, $"{what} fell to {measured:P1} (floor {floor:P0})");
}
