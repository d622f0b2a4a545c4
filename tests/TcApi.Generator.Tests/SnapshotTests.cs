namespace TcApi.Generator.Tests;

public class SnapshotTests
{
    [Fact]
    public void Gaap_generated_sources_match_their_snapshots()
    {
        var (result, _) = GeneratorHarness.Run(GeneratorHarness.ReadSpec("gaap-v20180529.tcapi.json"), "/specs/gaap-v20180529.tcapi.json");

        Assert.Empty(result.Diagnostics);
        Assert.Null(result.Exception);
        var failures = result.GeneratedSources
            .Select(source => Snapshot.Compare(Path.GetFileNameWithoutExtension(source.HintName).Replace(".g", string.Empty), source.SourceText.ToString()))
            .OfType<string>()
            .ToList();
        var expected = Directory.GetFiles(Snapshot.Directory(), "*.verified.cs").Select(Path.GetFileName).Order();
        var actual = result.GeneratedSources.Select(s => Path.GetFileNameWithoutExtension(s.HintName).Replace(".g", string.Empty) + ".verified.cs").Order();

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(expected, actual);
    }
}
