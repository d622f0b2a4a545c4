using TcApi.Import.Corpus;
using TcApi.Tool.CorpusCheck;

namespace TcApi.RoundTrip.Tests;

/// <summary>The sample's round trip, run once for every test: two service versions at a time, as on CI's two cores.</summary>
public sealed class SampleRoundTrip
{
    public SampleRoundTrip()
    {
        var root = RepositoryRoot();
        var corpus = TencentCorpus.Load(Path.Combine(root, "spec", "tencent"));
        var versions = CorpusSample.ServiceVersions
            .Select(s => corpus.Find(s.Service, s.Version) ?? throw new InvalidOperationException($"{s.Service} {s.Version} is not in the corpus."))
            .ToList();
        var overlays = Directory.GetFiles(Path.Combine(root, "spec"), "*.tcapi-overlay.json", SearchOption.AllDirectories);
        Run = RoundTripRunner.RunAll(versions, corpus.Sources, overlays, parallelism: Math.Min(2, Environment.ProcessorCount));
    }

    public RoundTripRun Run { get; }

    public ServiceRoundTrip Of(string service, string version) =>
        Run.Services.Single(s => s.Service == service && s.ApiVersion == version);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Toolkit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Toolkit.sln not found above the test assembly.");
    }
}

[CollectionDefinition(nameof(SampleRoundTripCollection))]
public sealed class SampleRoundTripCollection : ICollectionFixture<SampleRoundTrip>;
