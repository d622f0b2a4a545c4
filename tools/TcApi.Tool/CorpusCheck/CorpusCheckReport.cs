using System.Globalization;
using System.Text;

namespace TcApi.Tool.CorpusCheck;

/// <summary>The markdown report of a corpus check (docs/corpus-check.md for the whole corpus).</summary>
public static partial class CorpusCheckReport
{
    private const int ListedFindings = 400;

    /// <param name="result">The check's result.</param>
    /// <param name="command">The command line that made it.</param>
    /// <param name="revision">The commit it ran on (<see cref="SourceRevision"/>), or null when unknown.</param>
    public static string Markdown(CorpusCheckResult result, string command, string? revision = null)
    {
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');
        void FindingTable(IEnumerable<ExampleFinding> findings, bool withPath)
        {
            Line(withPath ? "| service | action | outcome | path | reason |" : "| service | action | outcome | published text |");
            Line(withPath ? "|---|---|---|---|---|" : "|---|---|---|---|");
            foreach (var f in findings.OrderBy(f => f.Outcome).ThenBy(f => f.ServiceVersion, StringComparer.Ordinal).ThenBy(f => f.Action, StringComparer.Ordinal))
            {
                Line(withPath
                    ? $"| {f.ServiceVersion} | {f.Action} | {f.Outcome.Describe()} | `{f.Path}` | {Cell(f.Reason)} |"
                    : $"| {f.ServiceVersion} | {f.Action} | {f.Outcome.Describe()} | {Cell(f.Reason)} |");
            }

            Line();
        }

        var services = result.Services;
        var passed = services.Count(s => s.Passed);
        var englishOnly = services.Count(s => s.EnglishOnly);

        Line("# Corpus check: the last run");
        Line();
        Line($"Written by `{command}` on {DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, on {revision ?? "a commit it could not tell (not a git checkout)"}; docs/corpus.md says how to run it and what the outcomes mean.");
        Line($"Each service version is imported in memory, generated in-process, compiled as a net10.0 consumer compiles it (Roslyn {typeof(Microsoft.CodeAnalysis.Compilation).Assembly.GetName().Version}, " +
             $"C# 14, warning level {ConsumerCompilation.WarningLevel}, nullable enabled, documentation comments checked, every warning an error), loaded in a collectible context, " +
             "and every published example is read with its action's request and response readers.");
        Line();
        Line("## Summary");
        Line();
        Line("| | |");
        Line("|---|---:|");
        Line($"| Service versions checked | {N(services.Count)} ({N(services.Count - englishOnly)} from the Chinese site, {N(englishOnly)} only on the international site) |");
        Line($"| Passed (no generator diagnostic, no compiler warning or error, no reader fault) | {N(passed)} |");
        Line($"| Actions | {N(services.Sum(s => s.Figures.Actions))} |");
        Line($"| Objects generated | {N(services.Sum(s => s.Figures.Objects))} |");
        Line($"| Members generated (properties of requests, responses and objects) | {N(services.Sum(s => s.Figures.Members))} |");
        Line($"| Lines of C# generated | {N(services.Sum(s => s.GeneratedLines))} |");
        Line($"| Generator diagnostics | {N(services.Sum(s => s.GeneratorDiagnostics.Count))} |");
        Line($"| Compiler errors and warnings | {N(services.Sum(s => s.CompileDiagnostics.Count))} |");
        Line($"| Published examples | {N(services.Sum(s => s.Figures.Examples))} |");
        Line($"| Wall time ({result.Parallelism} at a time, {Environment.ProcessorCount} cores) | {Seconds(result.Elapsed)} |");
        Line($"| Time per phase, summed: import / generate / compile / examples | {Seconds(Sum(services, t => t.Import))} / {Seconds(Sum(services, t => t.Generate))} / {Seconds(Sum(services, t => t.Compile))} / {Seconds(Sum(services, t => t.Examples))} |");
        Line($"| Peak memory (working set of the process) | {result.PeakWorkingSetBytes / 1024.0 / 1024.0:0} MiB |");
        Line();

        if (result.Largest is { } largest)
        {
            Line($"The largest service version by actions, **{largest.Name}**: {N(largest.Figures.Actions)} actions, {N(largest.Figures.Objects)} objects, " +
                 $"{N(largest.Figures.Members)} members, {N(largest.GeneratedLines)} lines of C#, {N(largest.Figures.Examples)} examples; " +
                 $"import {Seconds(largest.Times.Import)}, generate {Seconds(largest.Times.Generate)}, compile {Seconds(largest.Times.Compile)}, examples {Seconds(largest.Times.Examples)}.");
            Line();
        }

        Line("## Published examples by outcome");
        Line();
        foreach (var (side, input) in new[] { ("Input (request reader)", true), ("Output (response reader)", false) })
        {
            Line($"| {side} | kind | examples |");
            Line("|---|---|---:|");
            foreach (var outcome in Enum.GetValues<ExampleOutcome>().Where(o => o.IsInput() == input))
            {
                Line($"| {outcome.Describe()} | {outcome.Kind().ToString().ToLowerInvariant()} | {N(result.Count(outcome))} |");
            }

            Line();
        }

        var failing = services.Where(s => !s.Passed).ToList();
        if (failing.Count > 0)
        {
            Line("## Service versions that did not pass");
            Line();
            foreach (var service in failing)
            {
                Line($"### {service.Name}");
                Line();
                foreach (var line in (service.Failure is { } f ? [f] : Array.Empty<string>())
                    .Concat(service.GeneratorDiagnostics.Take(10))
                    .Concat(service.CompileDiagnostics.Take(10).Select(d => d.Text))
                    .Concat(service.Findings.Where(x => x.Outcome.Kind() == OutcomeKind.Failure).Take(10).Select(x => $"{x.Action} '{x.Title}': {x.Reason}")))
                {
                    Line($"- `{line.Replace("`", "'", StringComparison.Ordinal)}`");
                }

                Line();
            }

            Line("Compiler diagnostics by id: " + string.Join(", ", services.SelectMany(s => s.CompileDiagnostics).GroupBy(d => d.Id).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}")));
            Line();
        }

        var rejected = services.SelectMany(s => s.Findings).Where(f => f.Outcome.Kind() == OutcomeKind.Rejected).ToList();
        if (rejected.Count > 0)
        {
            Line("## Examples a reader rejected");
            Line();
            Line("Each contradicts the metadata: a member the action lacks, a required member left out, a value of another JSON kind. By reason:");
            Line();
            Line("| outcome | reason | examples |");
            Line("|---|---|---:|");
            foreach (var group in rejected.GroupBy(f => (f.Outcome, Reason: ReasonKind(f))).OrderBy(g => g.Key.Outcome).ThenByDescending(g => g.Count()).ThenBy(g => g.Key.Reason, StringComparer.Ordinal))
            {
                Line($"| {group.Key.Outcome.Describe()} | {Cell(group.Key.Reason)} | {N(group.Count())} |");
            }

            Line();
            Line(rejected.Count > ListedFindings ? $"The first {ListedFindings} of {N(rejected.Count)}:" : "Every one:");
            Line();
            FindingTable(rejected.Take(ListedFindings), withPath: true);
        }

        var upstream = services.SelectMany(s => s.Findings).Where(f => f.Outcome.Kind() == OutcomeKind.Upstream).ToList();
        if (upstream.Count > 0)
        {
            Line("## Examples not written as one JSON document");
            Line();
            FindingTable(upstream.Take(ListedFindings), withPath: false);
        }

        Line("## Every service version");
        Line();
        Line("| service | version | actions | objects | members | examples | inputs read | inputs rejected | inputs upstream | outputs read | outputs rejected | outputs upstream | seconds | passed |");
        Line("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var s in services)
        {
            int Of(bool input, OutcomeKind kind) => s.Outcomes.Where(p => p.Key.IsInput() == input && p.Key.Kind() == kind).Sum(p => p.Value);
            Line($"| {s.Service}{(s.EnglishOnly ? " (intl)" : string.Empty)} | {s.ApiVersion} | {N(s.Figures.Actions)} | {N(s.Figures.Objects)} | {N(s.Figures.Members)} | {N(s.Figures.Examples)} | " +
                 $"{N(Of(true, OutcomeKind.Read))} | {N(Of(true, OutcomeKind.Rejected))} | {N(Of(true, OutcomeKind.Upstream))} | " +
                 $"{N(Of(false, OutcomeKind.Read))} | {N(Of(false, OutcomeKind.Rejected))} | {N(Of(false, OutcomeKind.Upstream))} | " +
                 $"{s.Times.Total.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} | {(s.Passed ? "yes" : "**no**")} |");
        }

        return text.ToString();
    }

    /// <summary>What a rejection says without the names and values that differ from example to example.</summary>
    private static string ReasonKind(ExampleFinding finding) => finding.Outcome switch
    {
        ExampleOutcome.InputUnknownParameter => "a member the action does not have",
        ExampleOutcome.InputMissingParameter => "a required member left out",
        _ => QuotedText().Replace(finding.Reason, "'…'"),
    };

    [System.Text.RegularExpressions.GeneratedRegex("'[^']*'")]
    private static partial System.Text.RegularExpressions.Regex QuotedText();

    private static TimeSpan Sum(IEnumerable<ServiceCheckResult> services, Func<PhaseTimes, TimeSpan> phase) =>
        TimeSpan.FromTicks(services.Sum(s => phase(s.Times).Ticks));

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    private static string Cell(string text)
    {
        var single = text.Replace('\n', ' ').Replace("|", "\\|", StringComparison.Ordinal);
        return single.Length <= 160 ? single : single.Substring(0, 160) + "…";
    }
}
