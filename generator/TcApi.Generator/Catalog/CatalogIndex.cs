using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using TcApi.Generator.Json;
using TcApi.Generator.Model;

namespace TcApi.Generator.Catalog;

/// <summary>
/// The catalogue's <c>index.json</c>: every service and its versions. Read only when a selection matches no file,
/// to name the nearest services; a missing or unreadable index only makes that message shorter.
/// </summary>
internal sealed class CatalogIndex
{
    public static readonly CatalogIndex Empty = new(new Dictionary<string, IReadOnlyList<string>>());

    private readonly Dictionary<string, IReadOnlyList<string>> _services;

    private CatalogIndex(Dictionary<string, IReadOnlyList<string>> services) => _services = services;

    public IEnumerable<string> Services => _services.Keys.OrderBy(s => s, StringComparer.Ordinal);

    public IReadOnlyList<string> Versions(string service) =>
        _services.TryGetValue(service, out var versions) ? versions : Array.Empty<string>();

    public static CatalogIndex Read(string path, SourceText? text)
    {
        if (text is null)
        {
            return Empty;
        }

        var root = JsonTreeReader.Read(new SourceDocument(path, text)).Root;
        var services = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (root?["services"] is { Kind: JsonNodeKind.Object } table)
        {
            foreach (var service in table.Properties)
            {
                services[service.Name] = service.Value.Items.Where(v => v.Kind == JsonNodeKind.String).Select(v => v.Text).ToList();
            }
        }

        return new CatalogIndex(services);
    }
}
