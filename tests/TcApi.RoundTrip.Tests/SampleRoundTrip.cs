using TcApi.Tool.CorpusCheck;

namespace TcApi.RoundTrip.Tests;

/// <summary>The sample's round trip, run once for every test: two service versions at a time, as on CI's two cores.</summary>
public sealed class SampleRoundTrip
{
    public SampleRoundTrip()
    {
        var root = CorpusSampleFiles.RepositoryAbove(AppContext.BaseDirectory) ?? throw new InvalidOperationException("Toolkit.sln not found above the test assembly.");
        var sample = CorpusSampleFiles.Load(root);
        Run = RoundTripRunner.RunAll(sample.Versions, sample.Sources, sample.Overlays, parallelism: Math.Min(2, Environment.ProcessorCount));
    }

    public RoundTripRun Run { get; }

    public ServiceRoundTrip Of(string service, string version) =>
        Run.Services.Single(s => s.Service == service && s.ApiVersion == version);
}

[CollectionDefinition(nameof(SampleRoundTripCollection))]
public sealed class SampleRoundTripCollection : ICollectionFixture<SampleRoundTrip>;
