using System.Globalization;
using Microsoft.CodeAnalysis;

namespace TcApi.Generator.Tests.Catalog;

/// <summary>
/// Several <c>&lt;TcApiService&gt;</c> items of one service: two versions side by side, the same version twice (its
/// actions merged), and action lists written the way people format them in a project file.
/// </summary>
public class SelectionCombinationTests
{
    private const string Index = """{"formatVersion":1,"services":{"gaap":["2018-05-29","2017-01-01"]}}""";

    /// <summary>GAAP's catalogue spec, and an older version of it (the same actions in another namespace).</summary>
    private static CatalogProject TwoVersions()
    {
        var spec = GeneratorHarness.ReadSpec("gaap-v20180529.tcapi.json");
        var older = spec.Replace("\"apiVersion\": \"2018-05-29\"", "\"apiVersion\": \"2017-01-01\"", StringComparison.Ordinal)
            .Replace("TcApi.Gaap.V20180529", "TcApi.Gaap.V20170101", StringComparison.Ordinal);
        return new CatalogProject()
            .CatalogSpec("gaap", "2018-05-29", spec)
            .CatalogSpec("gaap", "2017-01-01", older)
            .Index(Index);
    }

    private static HashSet<string> Types(Compilation output, string ns) =>
        output.SyntaxTrees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax>())
            .Select(t => output.GetSemanticModel(t.SyntaxTree).GetDeclaredSymbol(t)!)
            .Where(s => s.ContainingNamespace.ToDisplayString() == ns)
            .Select(s => s.Name)
            .ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Two_versions_of_one_service_are_generated_side_by_side()
    {
        var (result, output) = TwoVersions().Run("gaap|2018-05-29|DescribeProxies,gaap|2017-01-01|CreateTCPListeners");

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.NotNull(output.GetTypeByMetadataName("TcApi.Gaap.V20180529.DescribeProxiesRequest"));
        Assert.NotNull(output.GetTypeByMetadataName("TcApi.Gaap.V20170101.CreateTCPListenersRequest"));
        Assert.Null(output.GetTypeByMetadataName("TcApi.Gaap.V20180529.CreateTCPListenersRequest"));
    }

    [Theory]
    [InlineData("gaap||CreateTCPListeners,gaap||DescribeProxies")]
    [InlineData("gaap||CreateTCPListeners,gaap|2018-05-29|DescribeProxies")]
    [InlineData("gaap|v20180529|DescribeProxies+CreateTCPListeners,gaap||DescribeProxies")]
    public void The_same_service_version_twice_generates_the_union_of_its_actions(string selection)
    {
        var (result, output) = TwoVersions().Run(selection);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var types = Types(output, "TcApi.Gaap.V20180529");
        Assert.Contains("CreateTCPListenersRequest", types);
        Assert.Contains("DescribeProxiesRequest", types);
        Assert.DoesNotContain("DeleteProxyGroupRequest", types);
        Assert.Empty(Types(output, "TcApi.Gaap.V20170101"));
    }

    [Fact]
    public void The_same_service_version_once_with_every_action_generates_every_action()
    {
        var (result, output) = TwoVersions().Run("gaap||DescribeProxies,gaap||");

        Assert.Empty(result.Diagnostics);
        Assert.Contains("DeleteProxyGroupRequest", Types(output, "TcApi.Gaap.V20180529"));
    }

    [Theory]
    [InlineData("gaap||CreateTCPListeners\n    DescribeProxies")]
    [InlineData("gaap||CreateTCPListeners;\r\n\tDescribeProxies;\n")]
    [InlineData("gaap||  CreateTCPListeners  DescribeProxies ")]
    public void Whitespace_and_line_breaks_separate_actions(string selection)
    {
        var (result, output) = TwoVersions().Run(selection);

        Assert.Empty(result.Diagnostics);
        var types = Types(output, "TcApi.Gaap.V20180529");
        Assert.Contains("CreateTCPListenersRequest", types);
        Assert.Contains("DescribeProxiesRequest", types);
    }

    [Theory]
    [InlineData("gaap||describeproxies")]
    [InlineData("gaap||DescribeProxies+createtcplisteners")]
    public void An_action_in_the_wrong_case_is_one_error_naming_the_right_one_and_nothing_in_the_catalogue_spec(string selection)
    {
        var (result, _) = TwoVersions().Run(selection);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("TCAPI0020", error.Id);
        var message = error.GetMessage(CultureInfo.InvariantCulture);
        Assert.Matches("has no action '(describeproxies|createtcplisteners)'; nearest: (DescribeProxies|CreateTCPListeners)", message);
    }

    [Fact]
    public void A_selection_error_is_located_on_the_project_files_item_the_targets_name()
    {
        var location = "gaap|2018-05-29|" + Uri.EscapeDataString("/work/my app/App.csproj") + "|12|5";

        var (result, _) = TwoVersions().Run("gaap|2018-05-29|DescribeProxy", locations: location);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("TCAPI0020", error.Id);
        var span = error.Location.GetLineSpan();
        Assert.Equal("/work/my app/App.csproj", span.Path);
        Assert.Equal(11, span.StartLinePosition.Line);
        Assert.Equal(4, span.StartLinePosition.Character);
    }

    [Fact]
    public void An_unknown_version_is_located_on_its_item_too()
    {
        var location = "gaap|2011-01-01|" + Uri.EscapeDataString("/work/App.csproj") + "|3|6";

        var (result, _) = TwoVersions().Run("gaap|2011-01-01|", locations: location);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("/work/App.csproj", error.Location.GetLineSpan().Path);
        Assert.Equal(2, error.Location.GetLineSpan().StartLinePosition.Line);
    }
}
