using Microsoft.CodeAnalysis;

namespace TcApi.Generator.Tests.Catalog;

/// <summary><c>&lt;TcApiService Include="gaap" Version="…" Actions="…" /&gt;</c>: the generator's side of the catalogue.</summary>
public class CatalogSelectionTests
{
    private const string Index = """{"formatVersion":1,"services":{"cvm":["2017-03-12"],"gaap":["2018-05-29"],"vpc":["2017-03-12"]}}""";

    private static CatalogProject Gaap() => new CatalogProject()
        .CatalogSpec("gaap", "2018-05-29", GeneratorHarness.ReadSpec("gaap-v20180529.tcapi.json"))
        .CatalogOverlay("gaap", "gaap-v20180529.tcapi-overlay.json", GeneratorHarness.ReadSpec("gaap-v20180529.tcapi-overlay.json"))
        .Index(Index);

    [Fact]
    public void A_selected_service_is_generated_whole_with_its_overlay()
    {
        var (result, output) = Gaap().Run("gaap||");

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.NotNull(output.GetTypeByMetadataName("TcApi.Gaap.V20180529.DeleteProxyGroupRequest"));
        Assert.NotNull(output.GetTypeByMetadataName("TcApi.Gaap.V20180529.Scheduler"));
    }

    [Fact]
    public void Actions_keep_only_those_actions_and_what_they_reach_and_overlay_entries_for_the_rest_are_not_errors()
    {
        var (result, output) = Gaap().Run("gaap|2018-05-29|CreateTCPListeners+DescribeProxies");

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var types = output.SyntaxTrees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax>())
            .Select(t => t.Identifier.Text).ToHashSet();
        Assert.Contains("CreateTCPListenersRequest", types);
        Assert.Contains("DescribeProxiesResponse", types);
        Assert.Contains("ProxyInfo", types);
        Assert.Contains("Scheduler", types);
        Assert.DoesNotContain("DeleteProxyGroupRequest", types);
        Assert.DoesNotContain("ProxyGroupDetail", types);
    }

    [Fact]
    public void The_newest_version_is_chosen_and_the_others_are_never_read()
    {
        var project = Gaap().UnreadableCatalogSpec("gaap", "2017-01-01");

        var (result, output) = project.Run("gaap||DescribeProxies");

        Assert.Null(result.Exception);
        Assert.Empty(result.Diagnostics);
        Assert.NotNull(output.GetTypeByMetadataName("TcApi.Gaap.V20180529.DescribeProxiesRequest"));
        Assert.Null(output.GetTypeByMetadataName("TcApi.Gaap.V20180529.Scheduler"));
    }

    [Fact]
    public void Catalogue_services_that_are_not_selected_are_never_read()
    {
        var project = Gaap().UnreadableCatalogSpec("cvm", "2017-03-12");

        var (result, _) = project.Run("gaap||DescribeProxies");

        Assert.Null(result.Exception);
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData("gaaap||", "the catalogue has no service 'gaaap'; nearest: gaap")]
    [InlineData("gaap|2019-01-01|", "the catalogue has no version '2019-01-01' of gaap; it has 2018-05-29")]
    [InlineData("gaap||DescribeProxy", "gaap 2018-05-29 has no action 'DescribeProxy'; nearest: DescribeProxies")]
    public void An_unknown_service_version_or_action_is_an_error_naming_the_nearest(string selection, string message)
    {
        var (result, _) = Gaap().Run(selection);

        var error = Assert.Single(result.Diagnostics, d => d.Id == "TCAPI0020");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains(message, error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_service_named_by_its_metadata_folder_is_told_its_key()
    {
        // Auto Scaling's key is "as", its folder in Tencent's metadata "autoscaling"; by keys alone the nearest was "ca".
        var project = new CatalogProject().Index("""{"formatVersion":1,"services":{"as":["2018-04-19"],"ca":["2023-02-28"],"gaap":["2018-05-29"]},"aliases":{"as":["autoscaling"]}}""");

        var (result, _) = project.Run("autoscaling||");

        var error = Assert.Single(result.Diagnostics, d => d.Id == "TCAPI0020");
        Assert.EndsWith("the catalogue has no service 'autoscaling'; nearest: as, ca", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Versions_may_be_written_with_or_without_dashes()
    {
        var (result, output) = Gaap().Run("gaap|v20180529|DescribeProxies");

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(output.GetTypeByMetadataName("TcApi.Gaap.V20180529.DescribeProxiesRequest"));
    }

    [Fact]
    public void A_projects_own_spec_beside_the_catalogue_keeps_working()
    {
        var project = Gaap().Add(GeneratorHarness.Spec(GeneratorHarness.ReadSpec("demo-v20240101.tcapi.json"), "/specs/demo-v20240101.tcapi.json"));

        var (result, output) = project.Run("gaap||DescribeProxies");

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(output.GetTypeByMetadataName("TcApi.Tests.Demo.V20240101.DescribeVolumesRequest"));
        Assert.NotNull(output.GetTypeByMetadataName("TcApi.Gaap.V20180529.DescribeProxiesRequest"));
    }

    [Fact]
    public void A_subsets_error_codes_are_exactly_its_actions_codes_and_the_common_ones()
    {
        var spec = System.Text.Json.Nodes.JsonNode.Parse(GeneratorHarness.ReadSpec("gaap-v20180529.tcapi.json"))!;
        string[] selected = { "CreateTCPListeners", "DescribeProxies" };
        var all = spec["errorCodes"]!.AsArray().Select(c => (string)c!["code"]!).ToList();
        var expected = spec["actions"]!.AsArray().Where(a => selected.Contains((string)a!["name"]!))
            .SelectMany(a => a!["errorCodes"]!.AsArray().Select(c => c is System.Text.Json.Nodes.JsonValue ? (string)c! : (string)c!["code"]!))
            .Concat(all.Where(TcApi.Generator.Subset.CommonErrorCodes.IsCommon))
            .ToHashSet();

        var (result, output) = Gaap().Run("gaap||" + string.Join("+", selected));

        Assert.Empty(result.Diagnostics);
        var codes = output.GetTypeByMetadataName("TcApi.Gaap.V20180529.GaapErrorCodes")!;
        var wire = output.GetTypeByMetadataName("TcApi.Gaap.V20180529.GaapErrorCode")!.GetMembers().OfType<IFieldSymbol>().Count();
        var tree = output.SyntaxTrees.Single(t => t.FilePath.EndsWith("GaapErrorCode.g.cs", StringComparison.Ordinal));
        var cases = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.CaseSwitchLabelSyntax>()
            .Select(c => ((Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax)c.Value).Token.ValueText).ToHashSet();
        Assert.NotNull(codes);
        Assert.Equal(expected.OrderBy(c => c, StringComparer.Ordinal), cases.OrderBy(c => c, StringComparer.Ordinal));
        Assert.Equal(expected.Count, wire);
        Assert.True(expected.Count < all.Count);
        Assert.Contains("InternalError", cases);
        Assert.Contains("The error codes the selected actions of the gaap service document, and the common ones", tree.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("vpc", true)]
    [InlineData("cvm", false)]
    [InlineData("vpc, CVM", false)]
    [InlineData("*", false)]
    public void A_project_overlay_of_a_service_compiled_elsewhere_is_left_to_that_compilation(string? elsewhere, bool reported)
    {
        const string CvmOverlay = """{ "formatVersion": 2, "service": "cvm", "apiVersion": "2017-03-12", "actions": {} }""";
        var project = Gaap().Add(new InMemoryAdditionalText("/project/cvm.tcapi-overlay.json", CvmOverlay));

        var (result, _) = project.Run("gaap||DescribeProxies", elsewhere);

        Assert.Equal(reported, result.Diagnostics.Any(d => d.Id == "TCAPI0018" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("cvm 2017-03-12", StringComparison.Ordinal)));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id != "TCAPI0018");
    }
}
