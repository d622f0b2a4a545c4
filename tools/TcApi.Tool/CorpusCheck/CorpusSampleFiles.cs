using TcApi.Import.Corpus;

namespace TcApi.Tool.CorpusCheck;

/// <summary>
/// The files of <see cref="CorpusSample"/>'s service versions, read from a repository's corpus, with the corpus'
/// provenance and the overlays the catalogue carries: what the sample's check and its round trip both run on.
/// </summary>
public sealed record CorpusSampleFiles(IReadOnlyList<ServiceVersionFiles> Versions, CorpusSources Sources, IReadOnlyCollection<string> Overlays)
{
    /// <summary>The sample from the repository at <paramref name="root"/>: spec/tencent, and the overlays under spec/.</summary>
    public static CorpusSampleFiles Load(string root)
    {
        var corpus = TencentCorpus.Load(Path.Combine(root, "spec", "tencent"));
        var versions = CorpusSample.ServiceVersions
            .Select(s => corpus.Find(s.Service, s.Version) ?? throw new InvalidOperationException($"{s.Service} {s.Version} is not in the corpus."))
            .ToList();
        var overlays = Directory.GetFiles(Path.Combine(root, "spec"), "*.tcapi-overlay.json", SearchOption.AllDirectories);
        return new CorpusSampleFiles(versions, corpus.Sources, overlays);
    }

    /// <summary>The repository <paramref name="folder"/> is in: the nearest folder upwards with Toolkit.sln, or null.</summary>
    public static string? RepositoryAbove(string folder)
    {
        for (var directory = new DirectoryInfo(folder); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Toolkit.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
