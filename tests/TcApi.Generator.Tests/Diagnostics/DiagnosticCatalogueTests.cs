using System.Globalization;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using TcApi.Generator.Tests.Emit;

namespace TcApi.Generator.Tests.Diagnostics;

/// <summary>
/// Every diagnostic has a help page, shipped in the package and named by its description, and a line in the release
/// tracking; none has a help link while no public address holds the pages (docs/diagnostics/README.md).
/// </summary>
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
            Assert.Matches("^TCAPI[012][0-9]{3}$", d.Id);
            Assert.True(File.Exists(Path.Combine(Root, "docs", "diagnostics", d.Id + ".md")), $"docs/diagnostics/{d.Id}.md is missing");
            Assert.Contains(d.Id + " |", unshipped);
        });
    }

    [Fact]
    public void Every_curated_constraint_id_that_a_spec_can_carry_has_a_documented_twin_that_TcApi_targets_keeps_a_warning()
    {
        var documented = Catalogue.Where(d => d.Id.StartsWith("TCAPI2", StringComparison.Ordinal)).ToList();
        // Required members and enumeration values are implied, never read from the documentation: no twin.
        var curated = Catalogue.Where(d => d.Id.StartsWith("TCAPI1", StringComparison.Ordinal) && d.Id is not "TCAPI1004" and not "TCAPI1012");
        Assert.Equal(curated.Select(d => "TCAPI2" + d.Id[6..]), documented.Select(d => d.Id).Order());
        Assert.All(documented, d => Assert.Equal(DiagnosticSeverity.Warning, d.DefaultSeverity));

        var targets = File.ReadAllText(Path.Combine(Root, "runtime", "TcApi.Runtime", "build", "TcApi.targets"));
        var listed = System.Text.RegularExpressions.Regex.Match(targets, "<_TcApiDocumentedConstraintIds>([^<]*)</").Groups[1].Value.Split(';');
        Assert.Equal(documented.Select(d => d.Id).Order(), listed.Order());
    }

    [Fact]
    public void A_precompiled_binding_is_compiled_with_every_id_of_the_constraint_analyzer_off_so_that_it_does_not_run()
    {
        // A binding is all generated code, which the analyzer never reports on; it runs only if one id it supports is on.
        var supported = new TcApi.Generator.Analysis.ConstraintAnalyzer().SupportedDiagnostics.Select(d => d.Id).Order();

        // The ids are written once, in properties every project evaluates (TcApiDocumentedConstraintsAsErrors or not),
        // and the binding's list is made of them.
        var path = Path.Combine(Root, "runtime", "TcApi.Runtime", "build", "TcApi.targets");
        var targets = XDocument.Load(path).Root!;
        var properties = targets.Elements("PropertyGroup").Where(g => g.Attribute("Condition") is null)
            .SelectMany(g => g.Elements()).Where(p => p.Attribute("Condition") is null)
            .GroupBy(p => p.Name.LocalName).ToDictionary(g => g.Key, g => g.Last().Value);
        var include = targets.Descendants("_TcApiBindingSilencedId").Single().Attribute("Include")!.Value;
        var silenced = System.Text.RegularExpressions.Regex.Replace(include, @"\$\((\w+)\)", m => properties[m.Groups[1].Value]).Split(';');
        Assert.Equal(supported, silenced.Order());
        Assert.Contains("@(_TcApiBindingSilencedId->'dotnet_diagnostic.%(Identity).severity = none')", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void No_descriptor_links_to_an_address_and_each_names_its_page_in_the_package()
    {
        Assert.All(Catalogue, d =>
        {
            Assert.True(string.IsNullOrEmpty(d.HelpLinkUri), $"{d.Id} links to {d.HelpLinkUri}, which no one can open");
            Assert.Contains($"docs/diagnostics/{d.Id}.md in the TcApi package (~/.nuget/packages/tcapi/<version>/docs/diagnostics/{d.Id}.md)",
                d.Description.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_package_project_packs_every_help_page_into_docs_diagnostics()
    {
        var project = XDocument.Load(Path.Combine(Root, "runtime", "TcApi.Runtime", "TcApi.Runtime.csproj"));

        var packed = project.Descendants("None")
            .Where(n => (string?)n.Attribute("Pack") == "true" && (string?)n.Attribute("PackagePath") == "docs/diagnostics/")
            .Select(n => (string?)n.Attribute("Include"));
        Assert.Equal(["../../docs/diagnostics/*.md"], packed);
        // Pages link to each other only: a link out of the folder would not resolve in the package.
        Assert.All(Directory.GetFiles(Path.Combine(Root, "docs", "diagnostics"), "*.md"), page =>
            Assert.DoesNotMatch(@"\]\((\.\./|/)", File.ReadAllText(page)));
    }
}
