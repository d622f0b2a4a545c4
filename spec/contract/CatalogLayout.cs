using System.Text.RegularExpressions;

namespace TcApi.Contract;

/// <summary>
/// The catalogue's layout and file roles, as the importer writes it (<c>tcapi catalog</c>), the package's targets pass
/// it to the compiler (<c>build/TcApi.targets</c> spells the same names in MSBuild), the build task lists its versions
/// and the generator reads it: <c>&lt;catalog&gt;/&lt;service&gt;/&lt;service&gt;-v&lt;yyyymmdd&gt;.tcapi.json</c>,
/// overlays beside the spec they refine, and <c>&lt;catalog&gt;/index.json</c>. A spec's service and version are read
/// from its file name alone, so only the selected files are ever opened.
/// </summary>
internal static class CatalogLayout
{
    public const string SpecSuffix = ".tcapi.json";

    public const string OverlaySuffix = ".tcapi-overlay.json";

    public const string IndexFileName = "index.json";

    /// <summary>The <c>AdditionalFiles</c> metadata naming a catalogue file's role; empty on the project's own files.</summary>
    public const string RoleMetadata = "TcApiCatalog";

    public const string SpecRole = "spec";

    public const string OverlayRole = "overlay";

    public const string IndexRole = "index";

    private static readonly Regex SpecName = new(@"^(?<service>[a-z0-9_]+)-v(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})\.tcapi\.json$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>A catalogue spec's file name: <c>cvm-v20170312.tcapi.json</c> for cvm 2017-03-12.</summary>
    public static string SpecFileName(string service, string apiVersion) =>
        service + "-v" + apiVersion.Replace("-", string.Empty) + SpecSuffix;

    /// <summary>The service (lower case) and version (<c>yyyy-mm-dd</c>) a catalogue spec's file name states, or false.</summary>
    public static bool TryReadSpecFileName(string fileName, out string service, out string apiVersion)
    {
        var match = SpecName.Match(fileName);
        service = match.Success ? match.Groups["service"].Value.ToLowerInvariant() : string.Empty;
        apiVersion = match.Success ? $"{match.Groups["y"].Value}-{match.Groups["m"].Value}-{match.Groups["d"].Value}" : string.Empty;
        return match.Success;
    }
}
