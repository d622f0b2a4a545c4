using Microsoft.CodeAnalysis;

namespace TcApi.Generator.Tests;

/// <summary>Every diagnostic has a help page, a link to it, and a line in the release tracking.</summary>
public class DiagnosticCatalogueTests
{
    private static readonly IReadOnlyList<DiagnosticDescriptor> Catalogue =
        typeof(TcApiGenerator).Assembly.GetType("TcApi.Generator.Diagnostics.DiagnosticDescriptors")!
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToList();

    private static string Root => Snapshot.RepositoryRoot();

    [Fact]
    public void Every_descriptor_has_its_help_page_and_release_line()
    {
        var unshipped = File.ReadAllText(Path.Combine(Root, "generator", "TcApi.Generator", "AnalyzerReleases.Unshipped.md"));

        var released = System.Text.RegularExpressions.Regex.Matches(unshipped, "^(TCAPI[0-9]{4}) \\|", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).Order();
        Assert.Equal(released, Catalogue.Select(d => d.Id).Order());
        Assert.All(Catalogue, d =>
        {
            Assert.Matches("^TCAPI[01][0-9]{3}$", d.Id);
            Assert.EndsWith($"/docs/diagnostics/{d.Id}.md", d.HelpLinkUri);
            Assert.True(File.Exists(Path.Combine(Root, "docs", "diagnostics", d.Id + ".md")), $"docs/diagnostics/{d.Id}.md is missing");
            Assert.Contains(d.Id + " |", unshipped);
        });
    }
}
