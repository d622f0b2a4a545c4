using TcApi.Import.Corpus;
using TcApi.Tool.CorpusCheck;

namespace TcApi.Corpus.Tests;

/// <summary>The sample, checked once for every test: two service versions at a time, as on CI's two cores.</summary>
public sealed class SampleCheck
{
    public SampleCheck()
    {
        var root = RepositoryRoot();
        var corpus = TencentCorpus.Load(Path.Combine(root, "spec", "tencent"));
        var versions = CorpusSample.ServiceVersions
            .Select(s => corpus.Find(s.Service, s.Version) ?? throw new InvalidOperationException($"{s.Service} {s.Version} is not in the corpus."))
            .ToList();
        var overlays = Directory.GetFiles(Path.Combine(root, "spec"), "*.tcapi-overlay.json", SearchOption.AllDirectories);
        Result = CorpusChecker.Run(versions, corpus.Sources, overlays, parallelism: Math.Min(2, Environment.ProcessorCount));
    }

    public CorpusCheckResult Result { get; }

    public ServiceCheckResult Of(string service, string version) =>
        Result.Services.Single(s => s.Service == service && s.ApiVersion == version);

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

[CollectionDefinition(nameof(SampleCollection))]
public sealed class SampleCollection : ICollectionFixture<SampleCheck>;
