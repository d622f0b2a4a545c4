namespace TcApi.Generator.Tests;

/// <summary>
/// The generated sources of a chosen set of types, compared with checked-in snapshots: every kind of file, with the
/// curated CreateTCPListeners and the nested test fixture, which uses every feature of format 2.
/// </summary>
public class SnapshotTests
{
    private static readonly string[] GaapFiles =
    [
        "CreateTCPListenersRequest", "CreateTCPListenersResponse", "Scheduler", "ClientIPMethod", "GaapErrorCode", "GaapClient",
        "GaapActions", "RealServerBindSetReq", "TCPListener", "BindListenerRealServersRequest", "DescribeTCPListenersResponse",
    ];

    [Fact]
    public void Gaap_generated_sources_match_their_snapshots()
    {
        var (result, _) = GeneratorHarness.Run(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp12, GeneratorHarness.Gaap());

        Assert.Empty(result.Diagnostics);
        Assert.Null(result.Exception);
        var chosen = result.GeneratedSources.Where(s => GaapFiles.Contains(Name(s.HintName).Replace("TcApi.Gaap.V20180529.", string.Empty))).ToList();
        Assert.Equal(GaapFiles.Length, chosen.Count);
        AssertSnapshots(chosen);
    }

    [Fact]
    public void Nested_fixture_generated_sources_match_their_snapshots()
    {
        var (result, _) = GeneratorHarness.Run(GeneratorHarness.ReadSpec("nested-v20250101.tcapi.json"), "/specs/nested-v20250101.tcapi.json");

        Assert.Empty(result.Diagnostics);
        AssertSnapshots(result.GeneratedSources);
        var expected = Directory.GetFiles(Snapshot.Directory(), "TcApi.Tests.Nested.*.verified.cs").Select(Path.GetFileName).Order();
        Assert.Equal(expected, result.GeneratedSources.Select(s => Name(s.HintName) + ".verified.cs").Order());
    }

    private static void AssertSnapshots(IEnumerable<Microsoft.CodeAnalysis.GeneratedSourceResult> sources)
    {
        var failures = sources.Select(source => Snapshot.Compare(Name(source.HintName), source.SourceText.ToString())).OfType<string>().ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static string Name(string hintName) => Path.GetFileNameWithoutExtension(hintName).Replace(".g", string.Empty);
}
