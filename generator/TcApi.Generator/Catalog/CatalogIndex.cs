using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using TcApi.Generator.Json;
using TcApi.Generator.Model;

namespace TcApi.Generator.Catalog;

/// <summary>
/// The catalogue's <c>index.json</c>: every service and its versions, and the other names of a service (the folders
/// Tencent's metadata keeps it in: <c>autoscaling</c> for <c>as</c>). Read only when a selection matches no file, to
/// name the nearest services; a missing or unreadable index only makes that message shorter.
/// </summary>
internal sealed class CatalogIndex
{
    public static readonly CatalogIndex Empty = new(new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, IReadOnlyList<string>>());

    private readonly Dictionary<string, IReadOnlyList<string>> _services;
    private readonly Dictionary<string, IReadOnlyList<string>> _aliases;

    private CatalogIndex(Dictionary<string, IReadOnlyList<string>> services, Dictionary<string, IReadOnlyList<string>> aliases)
    {
        _services = services;
        _aliases = aliases;
    }

    public IEnumerable<string> Services => _services.Keys.OrderBy(s => s, StringComparer.Ordinal);

    /// <summary>Each service paired with each of its names, its key first: what <c>NearestNames</c> matches a misspelt service against.</summary>
    public IEnumerable<KeyValuePair<string, string>> Names =>
        Services.SelectMany(s => new[] { s }.Concat(_aliases.TryGetValue(s, out var other) ? other : Array.Empty<string>()).Select(n => new KeyValuePair<string, string>(s, n)));

    public IReadOnlyList<string> Versions(string service) =>
        _services.TryGetValue(service, out var versions) ? versions : Array.Empty<string>();

    public static CatalogIndex Read(string path, SourceText? text)
    {
        if (text is null)
        {
            return Empty;
        }

        var root = JsonTreeReader.Read(new SourceDocument(path, text)).Root;
        return new CatalogIndex(Table(root?["services"]), Table(root?["aliases"]));
    }

    /// <summary><c>{"cvm": ["2017-03-12"], …}</c>: each key with the strings it lists (none when the table is missing).</summary>
    private static Dictionary<string, IReadOnlyList<string>> Table(JsonNode? node)
    {
        var table = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (node is { Kind: JsonNodeKind.Object })
        {
            foreach (var entry in node.Properties)
            {
                table[entry.Name] = entry.Value.Items.Where(v => v.Kind == JsonNodeKind.String).Select(v => v.Text).ToList();
            }
        }

        return table;
    }
}
