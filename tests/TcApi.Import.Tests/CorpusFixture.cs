using TcApi.Import.Corpus;

namespace TcApi.Import.Tests;

/// <summary>The vendored corpus (spec/tencent), read once for every test that needs it.</summary>
public sealed class CorpusFixture
{
    public CorpusFixture() => Corpus = TencentCorpus.Load(Path.Combine(RepositoryRoot(), "spec", "tencent"));

    public TencentCorpus Corpus { get; }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Toolkit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Toolkit.sln not found above the test assembly.");
    }
}

[CollectionDefinition(nameof(CorpusCollection))]
public sealed class CorpusCollection : ICollectionFixture<CorpusFixture>;
