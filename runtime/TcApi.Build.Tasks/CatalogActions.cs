using System.Collections.Generic;
using System.Linq;

namespace TcApi.Build;

/// <summary>
/// The action names of each service version, from the catalogue's <c>index.json</c> (<c>"actions"</c>): read only
/// when an item names actions. A catalogue without them checks nothing here; the generator still reports an unknown
/// action when it compiles.
/// </summary>
internal sealed class CatalogActions
{
    private readonly CatalogIndexFile _index;

    public CatalogActions(CatalogIndexFile index) => _index = index;

    /// <summary>The actions of the service version, or null when the index does not list them.</summary>
    public IReadOnlyList<string>? Of(string service, string apiVersion) =>
        _index.Table("actions") is { } actions && actions.TryGetValue(service, out var versions) && versions is Dictionary<string, object> byVersion &&
        byVersion.TryGetValue(apiVersion, out var names) && names is List<object> list
            ? list.OfType<string>().ToList()
            : null;
}
