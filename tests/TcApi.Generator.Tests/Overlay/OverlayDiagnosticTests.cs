using System.Globalization;
using TcApi.Generator.Tests.Spec;

namespace TcApi.Generator.Tests.Overlay;

/// <summary>
/// Each broken overlay of the minimal spec gives its diagnostic in the overlay file at the place named by <c>at</c>
/// (the first occurrence of that text in the overlay, or its n-th with "#n"), never a generator exception: TCAPI0018
/// for an entry that matches nothing, TCAPI0019 for a type change the wire cannot follow. TCAPI0018 says plainly what
/// the overlay names that nothing has, and how to make it match.
/// </summary>
public class OverlayDiagnosticTests
{
    private const string OverlayPath = "/specs/test.tcapi-overlay.json";

    public static TheoryData<string, string, string, string> Cases() => new()
    {
        // name, overlay of the minimal spec, expected id, text of the overlay the diagnostic points at
        { "service version no spec has", Overlay("\"actions\": {}", "cvm", "2017-03-12"), "TCAPI0018", "\"cvm\"" },
        { "service version next to the spec's", Overlay("\"actions\": {}", version: "2020-01-02"), "TCAPI0018", "\"mini\"" },
        { "unknown action", Overlay("\"actions\": { \"Pong\": { \"description\": \"Pongs.\" } }"), "TCAPI0018", "\"Pong\"" },
        { "unknown object", Overlay("\"objects\": { \"Pair\": { \"description\": \"A pair.\" } }"), "TCAPI0018", "\"Pair\"" },
        { "unknown input member", Overlay("\"actions\": { \"Ping\": { \"input\": { \"Cuont\": { \"required\": false } } } }"), "TCAPI0018", "\"Cuont\"" },
        { "unknown output member", Overlay("\"actions\": { \"Ping\": { \"output\": { \"RequestID\": { \"description\": \"Id.\" } } } }"), "TCAPI0018", "\"RequestID\"" },
        { "removed rule the action does not have", Overlay("\"actions\": { \"Ping\": { \"removeRules\": [\"Ping.LabelNeedsMood\"] } }"), "TCAPI0018", "\"Ping.LabelNeedsMood\"" },
        { "removed constraint the member does not have", Overlay("\"actions\": { \"Ping\": { \"input\": { \"Count\": { \"removeConstraints\": [\"Ping.Count.rnage\"] } } } }"), "TCAPI0018", "\"Ping.Count.rnage\"" },
        { "published example the action does not have", Overlay("\"actions\": { \"Ping\": { \"publishedExamples\": { \"okay\": { \"expect\": \"valid\" } } } }"), "TCAPI0018", "\"okay\"" },
        { "string member made an integer", Overlay("\"actions\": { \"Ping\": { \"input\": { \"Label\": { \"type\": \"integer\" } } } }"), "TCAPI0019", "\"integer\"" },
        { "string member made a flag", Overlay("\"actions\": { \"Ping\": { \"input\": { \"Label\": { \"type\": \"flag\" } } } }"), "TCAPI0019", "\"flag\"" },
        { "clientToken naming a member the action does not have", Overlay("\"actions\": { \"Ping\": { \"clientToken\": { \"member\": \"Labl\" } } }"), "TCAPI0008", "\"Labl\"" },
        { "clientToken naming a member that is not a string", Overlay("\"actions\": { \"Ping\": { \"clientToken\": { \"member\": \"Count\" } } }"), "TCAPI0005", "\"Count\"" },
        { "clientToken given as true", Overlay("\"actions\": { \"Ping\": { \"clientToken\": true } }"), "TCAPI0004", "true" },
        { "integer member made a string enum", Overlay("\"actions\": { \"Ping\": { \"input\": { \"Count\": { \"type\": \"enum\", \"enum\": \"Mode\" } } } }"), "TCAPI0019", "\"enum\"" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_broken_overlay_gives_its_diagnostic_at_the_place_in_the_overlay(string name, string overlay, string id, string at)
    {
        var (result, _) = Run(overlay);

        Assert.Null(result.Exception);
        var diagnostic = result.Diagnostics.FirstOrDefault(d => d.Id == id);
        Assert.True(diagnostic is not null, $"{name}: expected {id}, got: {string.Join("; ", result.Diagnostics)}");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "TCAPI0999" or "CS8785");
        var expected = MalformedSpecTests.Position(overlay, at);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(OverlayPath, span.Path);
        Assert.Equal((expected.Line, expected.Character), (span.StartLinePosition.Line, span.StartLinePosition.Character));
    }

    [Fact]
    public void A_valid_overlay_of_the_minimal_spec_gives_nothing()
    {
        var (result, _) = Run(Overlay("\"actions\": { \"Ping\": { \"input\": { \"Label\": { \"type\": \"enum\", \"enum\": \"Mode\" } } } }"));

        Assert.Empty(result.Diagnostics);
        Assert.NotEmpty(result.GeneratedSources);
    }

    [Theory]
    [InlineData("cvm", "2017-03-12", "")]
    [InlineData("mini", "2020-01-02", "; nearest: mini 2020-01-01")]
    public void An_overlay_of_a_service_version_the_project_does_not_select_says_how_to_select_it(string service, string version, string nearest)
    {
        var overlay = $$"""{ "formatVersion": 2, "service": "{{service}}", "apiVersion": "{{version}}", "actions": {} }""";

        var message = Assert.Single(Overlay0018(overlay));

        Assert.Equal(
            $"The overlay names service version '{service} {version}', which this project neither selects nor has a spec of{nearest}; " +
            $"select it in the project file with <TcApiService Include=\"{service}\" Version=\"{version}\" />, or add its spec file",
            message);
    }

    [Fact]
    public void An_overlay_entry_matching_nothing_names_what_does_not_have_it()
    {
        const string Overlay = """{ "formatVersion": 2, "service": "mini", "apiVersion": "2020-01-01", "actions": { "Ping": { "input": { "Cuont": { "required": false } } } } }""";

        var message = Assert.Single(Overlay0018(Overlay));

        Assert.Equal("The overlay names member 'Cuont', which action 'Ping' input does not have; nearest: Count", message);
    }

    /// <summary>An overlay of <paramref name="service"/> <paramref name="version"/> (the minimal spec's by default).</summary>
    private static string Overlay(string body, string service = "mini", string version = "2020-01-01") =>
        $$"""
        {
          "formatVersion": 2,
          "service": "{{service}}",
          "apiVersion": "{{version}}",
          {{body}}
        }
        """;

    private static (Microsoft.CodeAnalysis.GeneratorRunResult Result, Microsoft.CodeAnalysis.Compilation Output) Run(string overlay) =>
        GeneratorHarness.Run(
            Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp12,
            GeneratorHarness.Spec(MinimalSpec.Text, "/specs/mini-v20200101.tcapi.json"),
            GeneratorHarness.Spec(overlay, OverlayPath));

    private static IEnumerable<string> Overlay0018(string overlay)
    {
        var (result, _) = Run(overlay);
        Assert.All(result.Diagnostics, d => Assert.Equal("TCAPI0018", d.Id));
        return result.Diagnostics.Select(d => d.GetMessage(CultureInfo.InvariantCulture));
    }
}
