using System;
using System.Text.RegularExpressions;
using TcApi.Generator.Model;

namespace TcApi.Generator.Catalog;

/// <summary>
/// A file of the service catalogue, known by its build metadata (<c>TcApiCatalog</c>) and named
/// <c>&lt;service&gt;/&lt;service&gt;-v&lt;yyyymmdd&gt;.tcapi.json</c>: the service and version are read from the name,
/// so only the selected files are ever read.
/// </summary>
internal sealed record CatalogFile(string Path, string Service, string ApiVersion)
{
    /// <summary>The item metadata the package's targets set on catalogue files (<c>spec</c>, <c>overlay</c>, <c>index</c>).</summary>
    public const string Metadata = "build_metadata.AdditionalFiles.TcApiCatalog";

    private static readonly Regex Name = new(@"^(?<service>[a-z0-9_]+)-v(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})\.tcapi\.json$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The file's catalogue role, or null for the project's own files (the SDK writes the metadata empty for them).</summary>
    public static string? Role(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions options) =>
        options.TryGetValue(Metadata, out var role) && !string.IsNullOrWhiteSpace(role) ? role.Trim() : null;

    public static CatalogFile? FromPath(string path)
    {
        var match = Name.Match(System.IO.Path.GetFileName(path));
        return match.Success
            ? new CatalogFile(path, match.Groups["service"].Value.ToLowerInvariant(), $"{match.Groups["y"].Value}-{match.Groups["m"].Value}-{match.Groups["d"].Value}")
            : null;
    }
}
