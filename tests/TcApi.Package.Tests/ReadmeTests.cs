namespace TcApi.Package.Tests;

/// <summary>The package README and the repository README cannot drift apart; needs no packed package.</summary>
public class ReadmeTests
{
    [Fact]
    public void The_package_readme_is_the_repository_readmes_shared_sections_word_for_word()
    {
        var expected = PackageReadme.FromRepositoryReadme();

        Assert.True(expected == PackageReadme.Committed,
            "runtime/TcApi.Runtime/Package/README.md differs from the sections it shares with README.md; it should read:\n" + expected);
    }

    [Fact]
    public void The_package_readme_links_nowhere_relative_and_leads_with_selecting_services()
    {
        var readme = PackageReadme.Committed;

        Assert.DoesNotContain("](docs/", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("](samples/", readme, StringComparison.Ordinal);
        Assert.True(readme.IndexOf("<TcApiService Include=", StringComparison.Ordinal) < readme.IndexOf("## Project properties", StringComparison.Ordinal));
        Assert.DoesNotContain("TCAPI1012", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void The_release_notes_describe_the_catalogue_not_the_first_spec()
    {
        var project = File.ReadAllText(Path.Combine(PackedPackage.RepositoryRoot, "runtime", "TcApi.Runtime", "TcApi.Runtime.csproj"));
        var notes = System.Text.RegularExpressions.Regex.Match(project, "<PackageReleaseNotes>(.*?)</PackageReleaseNotes>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;

        Assert.Contains("TcApiService", notes, StringComparison.Ordinal);
        Assert.DoesNotContain("GAAP CreateTCPListeners", notes, StringComparison.Ordinal);
        Assert.DoesNotContain("format v1", notes, StringComparison.Ordinal);
    }
}
