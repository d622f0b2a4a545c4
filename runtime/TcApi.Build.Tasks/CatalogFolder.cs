using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TcApi.Contract;

namespace TcApi.Build;

/// <summary>
/// The services and versions of the catalogue, read from its file names alone (<see cref="CatalogLayout"/>, the
/// generator's own reading of them): no spec is opened.
/// </summary>
internal sealed class CatalogFolder
{
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

        var versions = new List<string>();
        foreach (var file in Directory.GetFiles(folder, "*" + CatalogLayout.SpecSuffix))
        {
            if (CatalogLayout.TryReadSpecFileName(Path.GetFileName(file), out var named, out var version) && named.Equals(service, StringComparison.OrdinalIgnoreCase))
            {
                versions.Add(version);
            }
        }

        return versions.OrderByDescending(v => v, StringComparer.Ordinal).ToList();
    }
}
