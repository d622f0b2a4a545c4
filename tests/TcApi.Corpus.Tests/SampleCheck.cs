using TcApi.Tool.CorpusCheck;

namespace TcApi.Corpus.Tests;

/// <summary>The sample, checked once for every test: two service versions at a time, as on CI's two cores.</summary>
public sealed class SampleCheck
{
    public SampleCheck()
    {
        var root = CorpusSampleFiles.RepositoryAbove(AppContext.BaseDirectory) ?? throw new InvalidOperationException("Toolkit.sln not found above the test assembly.");
        var sample = CorpusSampleFiles.Load(root);
        Result = CorpusChecker.Run(sample.Versions, sample.Sources, sample.Overlays, parallelism: Math.Min(2, Environment.ProcessorCount));
    }

    public CorpusCheckResult Result { get; }

    public ServiceCheckResult Of(string service, string version) =>
        Result.Services.Single(s => s.Service == service && s.ApiVersion == version);
}

[CollectionDefinition(nameof(SampleCollection))]
public sealed class SampleCollection : ICollectionFixture<SampleCheck>;
