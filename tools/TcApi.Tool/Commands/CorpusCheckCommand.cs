using System.Globalization;
using TcApi.Import.Corpus;
using TcApi.Tool.CorpusCheck;

namespace TcApi.Tool.Commands;

/// <summary>
/// <c>corpus-check</c>: every service version (or the chosen ones) imported, generated, compiled as a consumer compiles
/// it and its published examples read; a markdown report with <c>--out</c>. Exit code 1 when any service version fails.
/// </summary>
public static class CorpusCheckCommand
{
    public static async Task<int> RunAsync(ToolOptions options, TextWriter output, TextWriter error)
    {
        options.Accept(0, "services", "sample", "out", "parallel", "overlays", "corpus");
        if (options.Has("sample") && options["services"] is not null)
        {
            throw new ToolUsageException("give --sample or --services, not both");
        }

        var parallelism = options.Integer("parallel", minimum: 1) ?? Math.Max(1, Environment.ProcessorCount / 2);
        var overlayFiles = Directory.GetFiles(options.Overlays, "*.tcapi-overlay.json", SearchOption.AllDirectories);
        var corpus = TencentCorpus.Load(options.Corpus);
        var versions = Select(corpus, options);

        output.WriteLine($"Checking {versions.Count} service versions, {parallelism} at a time.");
        var done = 0;
        var result = CorpusChecker.Run(versions, corpus.Sources, overlayFiles, parallelism, service =>
        {
            var n = Interlocked.Increment(ref done);
            lock (output)
            {
                output.WriteLine($"[{n}/{versions.Count}] {service.Name}: {service.Figures.Actions} actions, {service.Times.Total.TotalSeconds:0.0} s" +
                    (service.Passed ? string.Empty : $" FAILED ({service.GeneratorDiagnostics.Count} generator diagnostics, {service.CompileDiagnostics.Count} compiler diagnostics{(service.Failure is null ? string.Empty : ", " + service.Failure)})"));
            }
        });

        var failed = result.Services.Count(s => !s.Passed);
        output.WriteLine($"{result.Services.Count - failed} of {result.Services.Count} service versions passed in {result.Elapsed.TotalSeconds:0} s; peak working set {result.PeakWorkingSetBytes / 1024 / 1024} MiB.");
        if (options["out"] is { } path)
        {
            var command = "tcapi corpus-check" + (options.Has("sample") ? " --sample" : string.Empty) + (options["services"] is { } s ? $" --services {s}" : string.Empty);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            // The tool's own checkout (it runs from its build output inside it): the commit whose code made the report.
            await File.WriteAllTextAsync(path, CorpusCheckReport.Markdown(result, command, SourceRevision.Describe(AppContext.BaseDirectory)));
            output.WriteLine($"Report: {Path.GetFullPath(path)}");
        }

        return failed == 0 ? 0 : 1;
    }

    /// <summary>The service versions <c>--services</c> names (every version of each), the CI sample with <c>--sample</c>, or all.</summary>
    private static List<ServiceVersionFiles> Select(TencentCorpus corpus, ToolOptions options)
    {
        if (options.Has("sample"))
        {
            return CorpusSample.ServiceVersions
                .Select(s => corpus.Find(s.Service, s.Version) ?? throw new ToolUsageException($"the sample's service version '{s.Service} {s.Version}' is not in the corpus (--corpus)"))
                .ToList();
        }

        if (options["services"] is not { } names)
        {
            return corpus.ServiceVersions.ToList();
        }

        var chosen = CorpusNames.Services(corpus, "services", names);
        return corpus.ServiceVersions.Where(v => chosen.Contains(v.Service)).ToList();
    }
}
