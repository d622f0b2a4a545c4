using TcApi.Contract;

namespace TcApi.Generator.Catalog;

/// <summary>
/// A file of the service catalogue, known by its build metadata (<c>TcApiCatalog</c>) and named as
/// <see cref="CatalogLayout"/> says: the service and version are read from the name, so only the selected files are
/// ever read.
/// </summary>
internal sealed record CatalogFile(string Path, string Service, string ApiVersion)
{
    /// <summary>The item metadata the package's targets set on catalogue files (<see cref="CatalogLayout.RoleMetadata"/>), as the compiler passes it.</summary>
    public const string Metadata = "build_metadata.AdditionalFiles." + CatalogLayout.RoleMetadata;

    /// <summary>The file's catalogue role, or null for the project's own files (the SDK writes the metadata empty for them).</summary>
    public static string? Role(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions options) =>
        options.TryGetValue(Metadata, out var role) && !string.IsNullOrWhiteSpace(role) ? role.Trim() : null;

    public static CatalogFile? FromPath(string path) =>
        CatalogLayout.TryReadSpecFileName(System.IO.Path.GetFileName(path), out var service, out var apiVersion)
            ? new CatalogFile(path, service, apiVersion)
            : null;
}
