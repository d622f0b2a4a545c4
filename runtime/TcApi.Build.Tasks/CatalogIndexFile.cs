using System;
using System.Collections.Generic;
using System.IO;
using TcApi.Contract;

namespace TcApi.Build;

/// <summary>
/// The catalogue's <c>index.json</c> (written by <c>tcapi catalog</c>), read once and only when a check needs it: a
/// catalogue without it (an older or a hand-made one) or without one of its tables checks less, never fails.
/// </summary>
internal sealed class CatalogIndexFile
{
    private readonly string _path;
    private Dictionary<string, object>? _root;
    private bool _read;

    public CatalogIndexFile(string catalogDirectory) => _path = Path.Combine(catalogDirectory, CatalogLayout.IndexFileName);

    /// <summary>The object under the index's key <paramref name="name"/>, or null.</summary>
    public Dictionary<string, object>? Table(string name)
    {
        if (!_read)
        {
            _read = true;
            _root = Read(_path);
        }

        return _root is not null && _root.TryGetValue(name, out var table) ? table as Dictionary<string, object> : null;
    }

    private static Dictionary<string, object>? Read(string path)
    {
        try
        {
            return File.Exists(path) ? JsonLite.Parse(File.ReadAllText(path)) as Dictionary<string, object> : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
