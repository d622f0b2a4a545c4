using System.Globalization;

namespace TcApi.Generator.Tests;

/// <summary>TCAPI0018 says plainly what an overlay names that nothing has, and how to make it match.</summary>
public class OverlayMessageTests
{
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

    private static IEnumerable<string> Overlay0018(string overlay)
    {
        var (result, _) = GeneratorHarness.Run(
            Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp12,
            GeneratorHarness.Spec(MinimalSpec.Text, "/specs/mini-v20200101.tcapi.json"),
            GeneratorHarness.Spec(overlay, "/specs/test.tcapi-overlay.json"));
        Assert.All(result.Diagnostics, d => Assert.Equal("TCAPI0018", d.Id));
        return result.Diagnostics.Select(d => d.GetMessage(CultureInfo.InvariantCulture));
    }
}
