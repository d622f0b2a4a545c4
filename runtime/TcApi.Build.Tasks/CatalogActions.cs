using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TcApi.Contract;

namespace TcApi.Build;

/// <summary>
/// The action names of each service version, from the catalogue's <c>index.json</c> (<c>"actions"</c>, written by
/// <c>tcapi catalog</c>): read once, and only when an item names actions. A catalogue without them (an older or a
/// hand-made one) checks nothing here; the generator still reports an unknown action when it compiles.
/// </summary>
internal sealed class CatalogActions
{
    private readonly string _indexPath;
    private Dictionary<string, object>? _actions;
    private bool _read;

    public CatalogActions(string catalogDirectory) => _indexPath = Path.Combine(catalogDirectory, CatalogLayout.IndexFileName);

    /// <summary>The actions of the service version, or null when the index does not list them.</summary>
    public IReadOnlyList<string>? Of(string service, string apiVersion)
    {
        if (!_read)
        {
            _read = true;
            _actions = Read(_indexPath);
        }

        return _actions is not null && _actions.TryGetValue(service, out var versions) && versions is Dictionary<string, object> byVersion &&
               byVersion.TryGetValue(apiVersion, out var names) && names is List<object> list
            ? list.OfType<string>().ToList()
            : null;
    }

    private static Dictionary<string, object>? Read(string path)
    {
        try
        {
            return File.Exists(path) && JsonLite.Parse(File.ReadAllText(path)) is Dictionary<string, object> root && root.TryGetValue("actions", out var actions)
                ? actions as Dictionary<string, object>
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
