using TcApi.Tool.CorpusCheck;

namespace TcApi.Import.Tests;

/// <summary>docs/corpus-check.md says which commit its figures speak for.</summary>
public class CorpusReportTests
{
    [Fact]
    public void The_report_names_the_commit_it_ran_on()
    {
        var revision = SourceRevision.Describe(AppContext.BaseDirectory);
        var report = CorpusCheckReport.Markdown(new CorpusCheckResult([], TimeSpan.Zero, 0, 1), "tcapi corpus-check", revision);

        Assert.Matches("^commit [0-9a-f]{40} ", revision);
        Assert.Contains($", on {revision};", report.Split('\n')[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_a_checkout_the_commit_is_unknown() =>
        Assert.Null(SourceRevision.Describe(Path.GetTempPath()));
}
