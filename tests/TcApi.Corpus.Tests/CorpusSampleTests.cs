using TcApi.Tool.CorpusCheck;
using Xunit.Abstractions;

namespace TcApi.Corpus.Tests;

/// <summary>
/// Each service version of the sample goes through what a consumer's build does with it — import, the generator with
/// no diagnostic, a compilation with no warning (all of them errors) — and every published example is read or
/// classified, never a reader fault.
/// </summary>
[Collection(nameof(SampleCollection))]
public class CorpusSampleTests(SampleCheck sample, ITestOutputHelper output)
{
    public static TheoryData<string, string> ServiceVersions()
    {
        var data = new TheoryData<string, string>();
        foreach (var (service, version, _) in CorpusSample.ServiceVersions)
        {
            data.Add(service, version);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ServiceVersions))]
    public void The_service_version_generates_compiles_and_reads_its_examples(string service, string version)
    {
        var result = sample.Of(service, version);

        Assert.Null(result.Failure);
        Assert.True(result.GeneratorDiagnostics.Count == 0, string.Join("\n", result.GeneratorDiagnostics));
        Assert.True(result.CompileDiagnostics.Count == 0, string.Join("\n", result.CompileDiagnostics.Take(20).Select(d => d.Text)));
        Assert.True(result.GeneratedLines > 0);
        var faults = result.Findings.Where(f => f.Outcome.Kind() == OutcomeKind.Failure).Select(f => $"{f.Action} '{f.Title}': {f.Reason}").ToList();
        Assert.True(faults.Count == 0, string.Join("\n", faults));
        Assert.Equal(result.Figures.Examples * 2, result.Outcomes.Values.Sum());
    }

    [Fact]
    public void The_sample_meets_each_kind_of_published_example()
    {
        var result = sample.Result;

        Assert.All(
            new[]
            {
                ExampleOutcome.InputRead, ExampleOutcome.InputReadFromQuery, ExampleOutcome.InputMultipartOrBinary, ExampleOutcome.InputGlued,
                ExampleOutcome.InputNotJson, ExampleOutcome.OutputRead, ExampleOutcome.OutputErrorAnswer, ExampleOutcome.OutputStreaming,
                ExampleOutcome.OutputNoEnvelope, ExampleOutcome.OutputNotJson,
            },
            outcome => Assert.True(result.Count(outcome) > 0, $"no example of the sample is {outcome}"));
        Assert.Equal("csip 2022-11-21", result.Largest!.Name);
    }

    [Fact]
    public void The_run_is_reported()
    {
        var result = sample.Result;
        var report = CorpusCheckReport.Markdown(result, "tcapi corpus-check --sample");

        Assert.Contains("| Service versions checked | 25 ", report);
        Assert.Contains("**csip 2022-11-21**", report);
        output.WriteLine(
            $"{result.Services.Count} service versions, {result.Services.Sum(s => s.Figures.Actions)} actions, {result.Services.Sum(s => s.Figures.Examples)} examples " +
            $"in {result.Elapsed.TotalSeconds:0} s ({result.Parallelism} at a time); peak working set {result.PeakWorkingSetBytes / 1024 / 1024} MiB.");
    }
}
