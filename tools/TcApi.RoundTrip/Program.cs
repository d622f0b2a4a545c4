using TcApi.Import.Corpus;
using TcApi.RoundTrip;
using TcApi.Tool.CorpusCheck;

// tcapi-roundtrip [--sample | --services a,b] [--parallel N] [--out FILE] [--corpus DIR] [--overlays DIR]
var options = new Dictionary<string, string?>(StringComparer.Ordinal);
for (var i = 0; i < args.Length; i++)
{
    if (!args[i].StartsWith("--", StringComparison.Ordinal))
    {
        Console.Error.WriteLine($"tcapi-roundtrip: unexpected argument '{args[i]}'");
        return 2;
    }

    var name = args[i][2..];
    if (name is not ("sample" or "services" or "parallel" or "out" or "corpus" or "overlays"))
    {
        Console.Error.WriteLine($"tcapi-roundtrip: unknown option '--{name}' (--sample, --services, --parallel, --out, --corpus, --overlays)");
        return 2;
    }

    options[name] = name == "sample" ? null : (i + 1 < args.Length ? args[++i] : null);
}

var root = Directory.GetCurrentDirectory();
var corpus = TencentCorpus.Load(options.GetValueOrDefault("corpus") ?? Path.Combine(root, "spec", "tencent"));
var overlays = Directory.GetFiles(options.GetValueOrDefault("overlays") ?? Path.Combine(root, "spec"), "*.tcapi-overlay.json", SearchOption.AllDirectories);
List<ServiceVersionFiles> versions;
if (options.ContainsKey("sample"))
{
    versions = CorpusSample.ServiceVersions.Select(s => corpus.Find(s.Service, s.Version)!).ToList();
}
else if (options.GetValueOrDefault("services") is { } services)
{
    var names = services.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
    versions = corpus.ServiceVersions.Where(v => names.Contains(v.Service)).ToList();
    if (versions.Count == 0)
    {
        Console.Error.WriteLine($"tcapi-roundtrip: --services {services}: no such service in the corpus");
        return 2;
    }
}
else
{
    versions = corpus.ServiceVersions.ToList();
}

var parallelism = int.TryParse(options.GetValueOrDefault("parallel"), out var p) && p > 0 ? p : 1;
Console.WriteLine($"Round trip of {versions.Count} service versions, {parallelism} at a time.");
var command = "tcapi-roundtrip" + (options.ContainsKey("sample") ? " --sample" : string.Empty) + (options.GetValueOrDefault("services") is { } s ? $" --services {s}" : string.Empty);
var revision = SourceRevision.Describe(AppContext.BaseDirectory) ?? "unknown";
var path = options.GetValueOrDefault("out");
var finished = new List<ServiceRoundTrip>();
var clock = System.Diagnostics.Stopwatch.StartNew();
var run = RoundTripRunner.RunAll(versions, corpus.Sources, overlays, parallelism, v =>
{
    lock (finished)
    {
        finished.Add(v);
        Console.WriteLine($"[{finished.Count}/{versions.Count}] {v.Name}: {v.RoundTripped}/{v.Examples} round-tripped, {v.Elapsed.TotalSeconds:0.0} s (sending {v.Sending.TotalSeconds:0.0} s)" +
            (v.Failure is null ? string.Empty : $" FAILED {v.Failure}"));
        foreach (var f in v.Findings)
        {
            Console.WriteLine($"  {f.Action} '{f.Title}': {f.Outcome.Describe()}: {f.Reason}");
        }

        // A long run that is stopped still leaves what it found: the report so far, rewritten after each service version.
        if (path is not null && finished.Count < versions.Count)
        {
            using var process = System.Diagnostics.Process.GetCurrentProcess();
            var partial = new RoundTripRun(RoundTripRunner.Sorted(finished), clock.Elapsed, process.PeakWorkingSet64);
            File.WriteAllText(path, RoundTripReport.Markdown(partial, command, revision, $"Unfinished: {finished.Count} of {versions.Count} service versions so far."));
        }
    }
});

Console.WriteLine($"{run.Services.Sum(v => v.RoundTripped)} of {run.Examples} examples round-tripped in {run.Elapsed.TotalSeconds:0} s.");
if (path is not null)
{
    await File.WriteAllTextAsync(path, RoundTripReport.Markdown(run, command, revision));
    Console.WriteLine($"Report: {Path.GetFullPath(path)}");
}

return run.Services.Any(v => v.Failure is not null) || run.Count(RoundTripOutcome.Failure) > 0 ? 1 : 0;
