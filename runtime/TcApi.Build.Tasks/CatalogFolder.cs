using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace TcApi.Build;

/// <summary>
/// The services and versions of the catalogue, read from its file names alone
/// (<c>&lt;service&gt;/&lt;service&gt;-v&lt;yyyymmdd&gt;.tcapi.json</c>), as the generator reads them: no spec is opened.
/// </summary>
internal sealed class CatalogFolder
{
    private static readonly Regex SpecName = new(@"^(?<service>[a-z0-9_]+)-v(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})\.tcapi\.json$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private readonly string _directory;

    public CatalogFolder(string directory) => _directory = directory;

    /// <summary>Every service of the catalogue (its folders).</summary>
    public IEnumerable<string> Services =>
        Directory.Exists(_directory) ? Directory.GetDirectories(_directory).Select(Path.GetFileName).OrderBy(s => s, StringComparer.Ordinal) : Enumerable.Empty<string>();

    /// <summary>The service's versions, newest first (none: no such service).</summary>
    public IReadOnlyList<string> Versions(string service)
    {
        var folder = Path.Combine(_directory, service);
        if (service.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || !Directory.Exists(folder))
        {
            return Array.Empty<string>();
        }

        return Directory.GetFiles(folder, "*.tcapi.json")
            .Select(f => SpecName.Match(Path.GetFileName(f)))
            .Where(m => m.Success && m.Groups["service"].Value.Equals(service, StringComparison.OrdinalIgnoreCase))
            .Select(m => $"{m.Groups["y"].Value}-{m.Groups["m"].Value}-{m.Groups["d"].Value}")
            .OrderByDescending(v => v, StringComparer.Ordinal)
            .ToList();
    }
}
