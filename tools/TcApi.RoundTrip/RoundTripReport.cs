using System.Globalization;
using System.Text;

namespace TcApi.RoundTrip;

/// <summary>The markdown of a run: totals by outcome, per service version, and every example that did not round-trip.</summary>
public static class RoundTripReport
{
    /// <param name="unfinished">Said under the title while the run is still going (the report so far), else <see langword="null"/>.</param>
    public static string Markdown(RoundTripRun run, string command, string revision, string? unfinished = null)
    {
        var s = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        s.AppendLine("# Round trip: the last run");
        s.AppendLine();
        s.AppendLine(c, $"Written by `{command}` on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, on {revision}. docs/roundtrip.md's opening section says what it does and what the outcomes mean.");
        s.AppendLine();
        if (unfinished is not null)
        {
            s.AppendLine(c, $"**{unfinished}**");
            s.AppendLine();
        }

        s.AppendLine("| | |");
        s.AppendLine("|---|---:|");
        s.AppendLine(c, $"| Service versions | {run.Services.Count} ({run.Services.Count(v => v.Failure is not null)} could not run) |");
        s.AppendLine(c, $"| Published examples | {run.Examples:N0} |");
        s.AppendLine(c, $"| Round-tripped (all four kinds) | {run.Services.Sum(v => v.RoundTripped):N0} |");
        s.AppendLine(c, $"| Wall time | {run.Elapsed.TotalSeconds:0.0} s |");
        s.AppendLine(c, $"| Time sending examples (summed over service versions; the rest is import, generate, compile) | {run.Services.Sum(v => v.Sending.TotalSeconds):0.0} s |");
        s.AppendLine(c, $"| Peak working set | {run.PeakWorkingSetBytes / 1024 / 1024} MiB |");
        s.AppendLine();
        s.AppendLine("## Examples by outcome");
        s.AppendLine();
        s.AppendLine("| outcome | examples |");
        s.AppendLine("|---|---:|");
        foreach (var outcome in Enum.GetValues<RoundTripOutcome>())
        {
            s.AppendLine(c, $"| {outcome.Describe()} | {run.Count(outcome):N0} |");
        }

        s.AppendLine();
        s.AppendLine("## Per service version");
        s.AppendLine();
        var outcomes = Enum.GetValues<RoundTripOutcome>();
        s.AppendLine("| service | version | examples | " + string.Join(" | ", outcomes.Select(Short)) + " | time (s) | sending (s) |");
        s.AppendLine("|---|---|---:|" + string.Concat(outcomes.Select(_ => "---:|")) + "---:|---:|");
        foreach (var v in run.Services)
        {
            var counts = string.Join(" | ", outcomes.Select(o => v.Count(o).ToString(c)));
            s.AppendLine(c, $"| {v.Service} | {v.ApiVersion} | {v.Examples} | {counts} | {v.Elapsed.TotalSeconds:0.0} | {v.Sending.TotalSeconds:0.0} |");
        }

        var failed = run.Services.Where(v => v.Failure is not null).ToList();
        if (failed.Count > 0)
        {
            s.AppendLine();
            s.AppendLine("## Service versions that could not run");
            s.AppendLine();
            foreach (var v in failed)
            {
                s.AppendLine(c, $"- {v.Name}: {Cell(v.Failure!)}");
            }
        }

        s.AppendLine();
        s.AppendLine("## Examples that did not round-trip");
        s.AppendLine();
        s.AppendLine("| service version | action | example | outcome | reason |");
        s.AppendLine("|---|---|---|---|---|");
        foreach (var v in run.Services)
        {
            foreach (var f in v.Findings)
            {
                s.AppendLine(c, $"| {v.Name} | {f.Action} | {Cell(f.Title)} | {f.Outcome.Describe()} | {Cell(f.Reason)} |");
            }
        }

        return s.ToString();
    }

    private static string Short(RoundTripOutcome outcome) => outcome switch
    {
        RoundTripOutcome.RoundTripped => "ok",
        RoundTripOutcome.RoundTrippedError => "ok error",
        RoundTripOutcome.RoundTrippedStream => "ok stream",
        RoundTripOutcome.SentNoPublishedOutput => "ok, no output",
        RoundTripOutcome.InputContradictsMetadata => "input contradicts",
        RoundTripOutcome.RejectedByClientValidation => "client validation",
        RoundTripOutcome.RejectedByLocalCloud => "cloud rejected",
        RoundTripOutcome.AnsweredWithAnotherOutput => "other output",
        RoundTripOutcome.OutputContradictsMetadata => "output contradicts",
        RoundTripOutcome.UnreadableUpstream => "upstream",
        RoundTripOutcome.Failure => "FAILURE",
        _ => outcome.ToString(),
    };

    private static string Cell(string text)
    {
        var line = text.Replace('\n', ' ').Replace('\r', ' ').Replace("|", "\\|", StringComparison.Ordinal);
        return line.Length > 200 ? line[..200] + "…" : line;
    }
}
