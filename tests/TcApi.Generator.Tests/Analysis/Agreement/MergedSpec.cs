using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.Text;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Overlay;
using TcApi.Generator.Reading;
using GeneratorJson = TcApi.Generator.Json;

namespace TcApi.Generator.Tests.Analysis.Agreement;

/// <summary>
/// A spec file with its overlays applied, as System.Text.Json nodes. Only the merge is the generator's (overlays are
/// its input format, not a fact about rules); what the rules mean is read from the merged JSON by this test alone.
/// </summary>
internal static class MergedSpec
{
    public static JsonObject Read(string spec, params string[] overlays)
    {
        var source = SpecSource.Read("/specs/" + spec, SourceText.From(GeneratorHarness.ReadSpec(spec)), CancellationToken.None);
        var documents = overlays
            .Select(o => OverlaySource.Read("/specs/" + o, SourceText.From(GeneratorHarness.ReadSpec(o)), CancellationToken.None).Overlay!)
            .ToList();
        var diagnostics = new List<DiagnosticInfo>();
        var merged = OverlayMerger.Merge(source.Root!, documents, diagnostics);
        Assert.Empty(diagnostics);
        return Convert(merged)!.AsObject();
    }

    private static JsonNode? Convert(GeneratorJson.JsonNode node) => node.Kind switch
    {
        GeneratorJson.JsonNodeKind.Object => new JsonObject(node.Properties.Select(p => KeyValuePair.Create(p.Name, Convert(p.Value)))),
        GeneratorJson.JsonNodeKind.Array => new JsonArray(node.Items.Select(Convert).ToArray()),
        GeneratorJson.JsonNodeKind.String => JsonValue.Create(node.Text),
        // As parsed JSON, so a number reads as long, decimal or double alike.
        GeneratorJson.JsonNodeKind.Number => JsonNode.Parse(node.Text),
        GeneratorJson.JsonNodeKind.True => JsonValue.Create(true),
        GeneratorJson.JsonNodeKind.False => JsonValue.Create(false),
        _ => null,
    };
}
