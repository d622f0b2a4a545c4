using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Build.Framework;

namespace TcApi.Build;

/// <summary>
/// Finds where a <c>&lt;TcApiService&gt;</c> item is written: MSBuild items carry the file that defines them
/// (<c>DefiningProjectFullPath</c>) but no line, so the file is read for the n-th element whose <c>Include</c> names
/// the item's service. An item whose element cannot be matched (its Include built from a property) keeps the file alone.
/// </summary>
internal sealed class ItemPlaces
{
    private readonly Dictionary<string, IReadOnlyList<(string Include, int Line, int Column)>> _elements = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string File, string Service), int> _seen = new();

    public ItemPlace Find(ITaskItem item)
    {
        var file = item.GetMetadata("DefiningProjectFullPath");
        if (file.Length == 0)
        {
            return ItemPlace.Nowhere;
        }

        var service = item.ItemSpec.Trim();
        _seen.TryGetValue((file, service.ToLowerInvariant()), out var earlier);
        _seen[(file, service.ToLowerInvariant())] = earlier + 1;
        var matches = Elements(file).Where(e => e.Include.Equals(service, StringComparison.OrdinalIgnoreCase)).ToList();
        return earlier < matches.Count
            ? new ItemPlace(file, matches[earlier].Line, matches[earlier].Column)
            : new ItemPlace(file, 0, 0);
    }

    private IReadOnlyList<(string Include, int Line, int Column)> Elements(string file)
    {
        if (_elements.TryGetValue(file, out var known))
        {
            return known;
        }

        var found = new List<(string, int, int)>();
        try
        {
            var document = XDocument.Load(file, LoadOptions.SetLineInfo);
            foreach (var element in document.Descendants().Where(e => e.Name.LocalName == "TcApiService"))
            {
                // The reader places an element at its name; the item starts at its '<'.
                var line = (IXmlLineInfo)element;
                var include = (string?)element.Attribute("Include") ?? string.Empty;
                found.AddRange(include.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries).Select(i => (i.Trim(), line.LineNumber, Math.Max(1, line.LinePosition - 1))));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or XmlException)
        {
            // The place is a courtesy: without it the error still names the file and the item.
        }

        _elements[file] = found;
        return found;
    }
}

/// <summary>A file and a 1-based line and column (0: unknown).</summary>
internal sealed record ItemPlace(string File, int Line, int Column)
{
    public static readonly ItemPlace Nowhere = new(string.Empty, 0, 0);

    /// <summary>The generator's TcApiServiceLocations entry; the path escaped, as it may hold the separators.</summary>
    public string Encode(string service, string version) =>
        File.Length == 0 ? string.Empty : $"{service}|{version}|{Uri.EscapeDataString(File)}|{Line}|{Column}";
}
