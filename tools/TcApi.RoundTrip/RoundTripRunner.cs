using System.Diagnostics;
using TcApi.Import.Corpus;
using TcApi.Tool.CorpusCheck;

namespace TcApi.RoundTrip;

/// <summary>The whole run: the service versions, one after another, and what it cost.</summary>
public sealed record RoundTripRun(IReadOnlyList<ServiceRoundTrip> Services, TimeSpan Elapsed, long PeakWorkingSetBytes)
{
    public int Count(RoundTripOutcome outcome) => Services.Sum(s => s.Count(outcome));

    public int Examples => Services.Sum(s => s.Examples);
}

/// <summary>
/// For each service version: the corpus check's chain (import, generate, compile as a consumer, load in a collectible
/// context), then every published example sent through the compiled client to a local cloud serving it.
/// </summary>
public static class RoundTripRunner
{
    public static ServiceRoundTrip Run(ServiceVersionFiles files, CorpusSources sources, IReadOnlyCollection<string> overlays, bool concurrentBuild)
    {
        var clock = Stopwatch.StartNew();
        var sending = TimeSpan.Zero;
        try
        {
            var sender = ServiceCheck.WithBinding(files, sources, overlays, concurrentBuild, (spec, assembly, actions) =>
            {
                var started = clock.Elapsed;
                var result = ExampleSender.SendAllAsync(spec, assembly, actions).GetAwaiter().GetResult();
                sending = clock.Elapsed - started;
                return result;
            });
            return new ServiceRoundTrip(files.Service, files.ApiVersion, sender.Counts, sender.Findings, clock.Elapsed, sending, null);
        }
        catch (Exception e)
        {
            return new ServiceRoundTrip(files.Service, files.ApiVersion, new Dictionary<RoundTripOutcome, int>(), [], clock.Elapsed, sending, $"{e.GetType().Name}: {e.Message}");
        }
    }

    public static RoundTripRun RunAll(IReadOnlyList<ServiceVersionFiles> versions, CorpusSources sources, IReadOnlyCollection<string> overlays, int parallelism, Action<ServiceRoundTrip>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var results = new System.Collections.Concurrent.ConcurrentBag<ServiceRoundTrip>();
        Parallel.ForEach(versions, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, files =>
        {
            var result = Run(files, sources, overlays, concurrentBuild: parallelism == 1);
            results.Add(result);
            progress?.Invoke(result);
        });

        using var process = Process.GetCurrentProcess();
        return new RoundTripRun(Sorted(results), clock.Elapsed, process.PeakWorkingSet64);
    }

    /// <summary>The service versions in the report's order: by service, then version.</summary>
    public static IReadOnlyList<ServiceRoundTrip> Sorted(IEnumerable<ServiceRoundTrip> results) =>
        results.OrderBy(r => r.Service, StringComparer.Ordinal).ThenBy(r => r.ApiVersion, StringComparer.Ordinal).ToList();
}
