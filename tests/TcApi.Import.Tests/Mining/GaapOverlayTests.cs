using Microsoft.CodeAnalysis.Text;
using TcApi.Generator;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Model;
using TcApi.Generator.Overlay;
using TcApi.Generator.Reading;
using TcApi.Import.Translation;
using TcApi.Import.Writing;
using Xunit.Abstractions;

namespace TcApi.Import.Tests.Mining;

/// <summary>
/// The curated GAAP overlay stays authoritative over the mined constraints: the merged spec is valid, and every place
/// where a curated constraint replaced a mined one is listed (it shows where the miner is wrong or the text changed).
/// </summary>
[Collection(nameof(CorpusCollection))]
public class GaapOverlayTests(CorpusFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void The_overlay_replaces_mined_constraints_and_every_replacement_is_listed()
    {
        var files = fixture.Corpus.Find("gaap", "2018-05-29")!;
        var text = SpecJson.ToText(SpecImporter.Import(files, fixture.Corpus.Sources));
        var overlayPath = Path.Combine(CorpusFixture.RepositoryRoot(), "spec", "gaap", "gaap-v20180529.tcapi-overlay.json");
        var spec = SpecSource.Read("/specs/gaap-v20180529.tcapi.json", SourceText.From(text), CancellationToken.None);
        var overlaySource = OverlaySource.Read("/specs/gaap-v20180529.tcapi-overlay.json", SourceText.From(File.ReadAllText(overlayPath)), CancellationToken.None);
        var overlay = overlaySource.Overlay!;

        var diagnostics = new List<DiagnosticInfo>();
        var overrides = new List<ConstraintOverride>();
        _ = OverlayMerger.Merge(spec.Root!, new[] { overlay }, diagnostics, overrides);
        var parsed = ServiceModelBuilder.Build(spec, new[] { overlaySource }.ToEquatableArray(), CancellationToken.None);

        foreach (var o in overrides)
        {
            output.WriteLine($"{o.Owner}: {o.Member}: mined {o.BaseId} replaced by curated {o.OverlayId}");
        }

        // Three kinds of disagreement, each listed: a curated constraint replaces the mined one of the same kind (eight
        // with the mined id; RealServerBindSetReq.RealServerFailoverRole's curated list, master and slave as mined, has an
        // id of its own); a curated rule replaces a mined rule over the same members (CreateTCPListeners: "exactly one of
        // ProxyId and GroupId" replaces the documented "at most one of" in three actions; DescribeTCPListeners' curated rule
        // states what its documentation does); and an overlay that makes a member an
        // enumeration or a flag supersedes its mined allowed values.
        var rules = overrides.Where(o => o.Rule).ToList();
        var replaced = overrides.Where(o => o.OverlayId != "type").Except(rules).ToList();
        var superseded = overrides.Where(o => o.OverlayId == "type").ToList();
        Assert.Empty(diagnostics);
        Assert.Empty(parsed.Diagnostics);
        Assert.Equal(8, replaced.Count(o => o.OverlayId == o.BaseId));
        Assert.Equal(9, replaced.Count);
        Assert.Equal(
            new[]
            {
                "CreateTCPListeners.ProxyIdOrGroupId: GroupId, ProxyId",
                "DeleteListeners.ProxyIdOrGroupId: GroupId, ProxyId",
                "DescribeTCPListeners.ProxyIdOrGroupId: GroupId, ProxyId",
                "ModifyTCPListenerAttribute.ProxyIdOrGroupId: GroupId, ProxyId",
            },
            rules.Select(r => $"{r.OverlayId}: {r.Member}").Order(StringComparer.Ordinal));
        Assert.All(rules, r => Assert.Equal("atMostOneOf", r.BaseKind));
        Assert.All(superseded, o => Assert.Equal("allowedValues", o.BaseKind));
        Assert.Equal(RetypedMembers(File.ReadAllText(overlayPath)).Count(m => text.Contains($"\"id\": \"{m}.allowedValues\"", StringComparison.Ordinal)), superseded.Count);
        Assert.Equal(overrides.Count, replaced.Count + rules.Count + superseded.Count);
    }

    /// <summary><c>Action.Member</c> of every request member the overlay gives a type of its own.</summary>
    private static IEnumerable<string> RetypedMembers(string overlay)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(overlay)!;
        foreach (var (action, entry) in root["actions"]!.AsObject())
        {
            foreach (var (member, patch) in entry!["input"]?.AsObject() ?? new System.Text.Json.Nodes.JsonObject())
            {
                if (patch!["type"] is not null)
                {
                    yield return $"{action}.{member}";
                }
            }
        }
    }
}
