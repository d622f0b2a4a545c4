namespace TcApi.Generator.Tests.Emit;

/// <summary>
/// The generated sources compared with checked-in snapshots: the whole files of the nested test fixture, which uses
/// every feature of format 2, and the types of a chosen set of GAAP types (every kind, with the curated CreateTCPListeners;
/// CheckProxyCreateRequest for the known-value constants of string members with documented values).
/// </summary>
public class SnapshotTests
{
    private static readonly string[] GaapFiles =
    [
        "CreateTCPListenersRequest", "CreateTCPListenersResponse", "Scheduler", "ClientIPMethod", "GaapErrorCode", "GaapClient",
        "GaapActions", "RealServerBindSetReq", "TCPListener", "BindListenerRealServersRequest", "DescribeTCPListenersResponse",
        "CheckProxyCreateRequest",
    ];

    [Fact]
    public void Gaap_generated_sources_match_their_snapshots()
    {
        var (result, _) = GeneratorHarness.Run(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp12, GeneratorHarness.Gaap());

        Assert.Empty(result.Diagnostics);
        Assert.Null(result.Exception);
        var chosen = RenderedTypes(result).Where(t => GaapFiles.Contains(t.TypeName)).ToList();
        Assert.Equal(GaapFiles.Length, chosen.Count);
        var failures = chosen.Select(t => Snapshot.Compare("TcApi.Gaap.V20180529." + t.TypeName, t.Source)).OfType<string>().ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Each rendered type's source, as the generator assembles it into the service's files (read by reflection: the types are internal).</summary>
    private static IEnumerable<(string TypeName, string Source)> RenderedTypes(Microsoft.CodeAnalysis.GeneratorRunResult result) =>
        result.TrackedSteps[TcApi.Generator.TrackingNames.RenderedFiles]
            .SelectMany(run => run.Outputs)
            .SelectMany(output => (IEnumerable<object>)output.Value.GetType().GetProperty("Units")!.GetValue(output.Value)!)
            .Select(unit => ((string)unit.GetType().GetProperty("TypeName")!.GetValue(unit)!, (string)unit.GetType().GetProperty("Source")!.GetValue(unit)!));

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
