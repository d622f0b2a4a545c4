using System;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Model;

namespace TcApi.Generator.Catalog;

/// <summary>
/// Where each <c>&lt;TcApiService&gt;</c> item stands in the project file (or the imported file that defines it), as
/// the package's targets find it: <c>service|version|escaped path|line|column</c>, comma-separated, the version the
/// one the item resolves to. A selection problem is reported there instead of as a placeless <c>CSC : error</c>.
/// Kept apart from the selection itself, so moving an item in the project file re-reports diagnostics but regenerates
/// nothing.
/// </summary>
internal sealed record SelectionLocations(EquatableArray<SelectionLocation> Entries)
{
    /// <summary>The build property the package's targets write.</summary>
    public const string BuildProperty = "build_property.TcApiServiceLocations";

    public static readonly SelectionLocations None = new(EquatableArray<SelectionLocation>.Empty);

    /// <summary>A selection's key: the service, and the version it names or resolves to (none: the newest).</summary>
    public static string Key(string service, string? version) => $"{service.Trim().ToLowerInvariant()}|{version}";

    public static SelectionLocations Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return None;
        }

        var entries = value!.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(entry => entry.Split('|'))
            .Where(parts => parts.Length == 5 && IsNumber(parts[3]) && IsNumber(parts[4]))
            .Select(parts => new SelectionLocation(Key(parts[0], parts[1].Trim().Length == 0 ? null : ServiceSelection.NormalizeVersion(parts[1])), Uri.UnescapeDataString(parts[2].Trim()), Number(parts[3]), Number(parts[4])))
            .ToEquatableArray();
        return new SelectionLocations(entries);
    }

    private static bool IsNumber(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    private static int Number(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>The place of the first item with <paramref name="key"/>, or null (no targets, or no such item).</summary>
    public LocationInfo? Find(string? key)
    {
        var entry = key is null ? null : Entries.FirstOrDefault(e => e.Key == key);
        if (entry is null)
        {
            return null;
        }

        var start = new LinePosition(Math.Max(0, entry.Line - 1), Math.Max(0, entry.Column - 1));
        return new LocationInfo(entry.Path, new TextSpan(0, 0), new LinePositionSpan(start, start));
    }

    /// <summary>The diagnostic at its selection's place when it has a selection and that has a place.</summary>
    public DiagnosticInfo Locate(DiagnosticInfo diagnostic) =>
        diagnostic.Location is null && Find(diagnostic.Selection) is { } location ? diagnostic with { Location = location } : diagnostic;
}

/// <summary>One item's place: the file that defines it, and its line and column (1-based).</summary>
internal sealed record SelectionLocation(string Key, string Path, int Line, int Column);
