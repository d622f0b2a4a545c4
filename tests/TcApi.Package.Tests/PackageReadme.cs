namespace TcApi.Package.Tests;

/// <summary>
/// The package's README (runtime/TcApi.Runtime/Package/README.md, shown on a registry page) is the repository README's
/// title, its first paragraph and the sections it shares, word for word: <see cref="Sections"/> names them.
/// </summary>
internal static class PackageReadme
{
    public static readonly string[] Sections = ["## Select services", "## Project properties", "## Requirements"];

    public static string RepositoryReadme => File.ReadAllText(Path.Combine(PackedPackage.RepositoryRoot, "README.md")).ReplaceLineEndings("\n");

    public static string Committed => File.ReadAllText(Path.Combine(PackedPackage.RepositoryRoot, "runtime", "TcApi.Runtime", "Package", "README.md")).ReplaceLineEndings("\n");

    /// <summary>What the package README must be, made from the repository README.</summary>
    public static string FromRepositoryReadme()
    {
        var lines = RepositoryReadme.Split('\n');
        var tagline = lines.First(l => l.StartsWith("**", StringComparison.Ordinal));
        var parts = new List<string> { "# TcApi", tagline };
        foreach (var heading in Sections)
        {
            var start = Array.IndexOf(lines, heading);
            Assert.True(start >= 0, $"README.md has no section '{heading}'");
            var end = Array.FindIndex(lines, start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
            parts.Add(string.Join('\n', lines[start..(end < 0 ? lines.Length : end)]).TrimEnd());
        }

        return string.Join("\n\n", parts) + "\n";
    }
}
