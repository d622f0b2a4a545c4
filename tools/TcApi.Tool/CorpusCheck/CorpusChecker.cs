using System.Collections.Concurrent;
using System.Diagnostics;
using TcApi.Import.Corpus;

namespace TcApi.Tool.CorpusCheck;

/// <summary>The check of many service versions, and what the whole run cost.</summary>
public sealed record CorpusCheckResult(IReadOnlyList<ServiceCheckResult> Services, TimeSpan Elapsed, long PeakWorkingSetBytes, int Parallelism)
{
    public bool Passed => Services.All(s => s.Passed);

    /// <summary>The service version with the most actions.</summary>
    public ServiceCheckResult? Largest => Services.OrderByDescending(s => s.Figures.Actions).ThenBy(s => s.Name, StringComparer.Ordinal).FirstOrDefault();

    public int Count(ExampleOutcome outcome) => Services.Sum(s => s.Count(outcome));
}

/// <summary>Runs <see cref="ServiceCheck"/> over service versions, a few at a time.</summary>
public static class CorpusChecker
{
    /// <param name="versions">The service versions to check.</param>
    /// <param name="sources">The corpus' provenance.</param>
    /// <param name="overlays">The overlay files the catalogue carries.</param>
    /// <param name="parallelism">How many service versions at once; one lets the compiler use every core itself.</param>
    /// <param name="progress">Told of each service version as it finishes.</param>
    /// <param name="actionsOf">The actions to check of a service version (all when it gives null).</param>
    public static CorpusCheckResult Run(
        IReadOnlyList<ServiceVersionFiles> versions, CorpusSources sources, IReadOnlyCollection<string> overlays, int parallelism, Action<ServiceCheckResult>? progress = null,
        Func<ServiceVersionFiles, IReadOnlySet<string>?>? actionsOf = null)
    {
        var clock = Stopwatch.StartNew();
        var results = new ConcurrentBag<ServiceCheckResult>();

        // The biggest first, so the last to finish are small and the workers end together.
        var ordered = versions.OrderByDescending(v => (v.ChineseApi ?? v.EnglishApi)?.Length ?? 0).ToList();
        var inOrder = Partitioner.Create(ordered, EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(inOrder, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, files =>
        {
            var result = ServiceCheck.Run(files, sources, overlays, concurrentBuild: parallelism == 1, actionsOf?.Invoke(files));
            results.Add(result);
            progress?.Invoke(result);
        });

        using var process = Process.GetCurrentProcess();
        var sorted = results.OrderBy(r => r.Service, StringComparer.Ordinal).ThenBy(r => r.ApiVersion, StringComparer.Ordinal).ToList();
        return new CorpusCheckResult(sorted, clock.Elapsed, process.PeakWorkingSet64, parallelism);
    }
}
