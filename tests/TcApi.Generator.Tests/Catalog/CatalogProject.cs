using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace TcApi.Generator.Tests.Catalog;

/// <summary>
/// A project as the package's targets present it to the generator: catalogue files with their TcApiCatalog role, and
/// the selection in the TcApiServices build property.
/// </summary>
internal sealed class CatalogProject
{
    private readonly List<(AdditionalText File, string? Role)> _files = [];

    public CatalogProject CatalogSpec(string service, string version, string text) =>
        Add(new InMemoryAdditionalText($"/catalog/{service}/{service}-v{version.Replace("-", "")}.tcapi.json", text), "spec");

    /// <summary>A catalogue spec the generator must never read: reading it fails the test.</summary>
    public CatalogProject UnreadableCatalogSpec(string service, string version) =>
        Add(new UnreadableText($"/catalog/{service}/{service}-v{version.Replace("-", "")}.tcapi.json"), "spec");

    public CatalogProject CatalogOverlay(string service, string fileName, string text) =>
        Add(new InMemoryAdditionalText($"/catalog/{service}/{fileName}", text), "overlay");

    public CatalogProject Index(string text) => Add(new InMemoryAdditionalText("/catalog/index.json", text), "index");

    public CatalogProject Add(AdditionalText file, string? role = null)
    {
        _files.Add((file, role));
        return this;
    }

    /// <param name="overlaysElsewhere">The TcApiOverlayServicesElsewhere build property, when the targets write one.</param>
    /// <param name="locations">The TcApiServiceLocations build property, when the targets write one.</param>
    public (GeneratorRunResult Result, Compilation Output) Run(string selection, string? overlaysElsewhere = null, string? locations = null)
    {
        var globals = new Dictionary<string, string> { ["build_property.TcApiServices"] = selection };
        if (overlaysElsewhere is not null)
        {
            globals["build_property.TcApiOverlayServicesElsewhere"] = overlaysElsewhere;
        }

        if (locations is not null)
        {
            globals["build_property.TcApiServiceLocations"] = locations;
        }

        var options = new Options(_files.Where(f => f.Role is not null).ToDictionary(f => f.File, f => f.Role!), globals);
        return GeneratorHarness.Run(GeneratorHarness.Driver(_files.Select(f => f.File), options), GeneratorHarness.Compilation());
    }

    private sealed class Options(Dictionary<AdditionalText, string> roles, Dictionary<string, string> globals) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(globals);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Values([]);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            // The SDK writes the metadata for every additional file, empty where the item has none.
            new Values(new() { ["build_metadata.AdditionalFiles.TcApiCatalog"] = roles.TryGetValue(textFile, out var role) ? role : string.Empty });
    }

    private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }

    private sealed class UnreadableText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException($"{Path} is not selected and must not be read");
    }
}
