using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using TcApi.Generator.Overlay;

namespace TcApi.Build;

/// <summary>
/// Resolves the project's <c>&lt;TcApiService&gt;</c> items against the catalogue before anything compiles: the
/// version each selects (named, else the newest), its actions (separated by <c>;</c> or any whitespace), one selection
/// per service version (the same version selected twice is one selection with the actions of both, every action when
/// either names none, and generated into the project when either says <c>Precompile="false"</c>). An unknown service
/// or version is an error on the item's line of the file that defines it, naming the nearest ones; the selections that
/// resolve go on, so that every bad item and every unknown action is reported in one build.
/// </summary>
public sealed class ResolveTcApiServices : Task
{
    /// <summary>The <c>TcApiService</c> items (metadata <c>Version</c>, <c>Actions</c>, <c>Precompile</c>).</summary>
    [Required]
    public ITaskItem[] Services { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The catalogue: <c>&lt;service&gt;/&lt;service&gt;-v&lt;yyyymmdd&gt;.tcapi.json</c> files.</summary>
    [Required]
    public string CatalogDirectory { get; set; } = string.Empty;

    /// <summary>Whether a service whose item says nothing is precompiled (the property TcApiPrecompileServices).</summary>
    public bool PrecompileByDefault { get; set; } = true;

    /// <summary>
    /// One item per selected service version: identity <c>service</c>, metadata <c>Service</c>, <c>Version</c>
    /// (yyyy-MM-dd), <c>VersionKey</c> (v&lt;yyyymmdd&gt;), <c>Actions</c> (joined with '+'), <c>Encoded</c>
    /// (<c>service|version|actions</c>, the generator's TcApiServices entry) and <c>Precompile</c>.
    /// </summary>
    [Output]
    public ITaskItem[] Resolved { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Where each item stands, for the generator's TcApiServiceLocations: <c>service|version|path|line|column</c>, comma-separated.</summary>
    [Output]
    public string Locations { get; set; } = string.Empty;

    /// <inheritdoc />
    public override bool Execute()
    {
        var catalog = new CatalogFolder(CatalogDirectory);
        var places = new ItemPlaces();
        var selections = new List<Selection>();
        var locations = new List<string>();
        foreach (var item in Services)
        {
            var selection = Selection.Read(item, PrecompileByDefault);
            var place = places.Find(item);
            if (selection.Service.Length == 0)
            {
                continue;
            }

            var versions = catalog.Versions(selection.Service);
            if (versions.Count == 0)
            {
                Error(place, $"<TcApiService Include=\"{selection.Service}\" />: the catalogue has no service '{selection.Service}'{NearestNames.Hint(selection.Service, catalog.Services)}");
                continue;
            }

            var version = selection.Version is { } wanted ? versions.FirstOrDefault(v => v == wanted) : versions[0];
            if (version is null)
            {
                Error(place, $"<TcApiService Include=\"{selection.Service}\" Version=\"{selection.WrittenVersion}\" />: the catalogue has no version '{selection.WrittenVersion}' of {selection.Service}; it has {string.Join(", ", versions)}");
                continue;
            }

            selections.Add(selection with { Version = version });
            if (place.Line > 0)
            {
                locations.Add(place.Encode(selection.Service, version));
            }
        }

        Resolved = selections
            .GroupBy(s => (s.Service, s.Version))
            .Select(g => Merge(g.ToList()).ToItem())
            .ToArray();
        Locations = string.Join(",", locations);
        return !Log.HasLoggedErrors;
    }

    /// <summary>The same service version selected more than once, as one selection.</summary>
    private static Selection Merge(IReadOnlyList<Selection> same) => same[0] with
    {
        Actions = same.Any(s => s.Actions.Count == 0)
            ? Array.Empty<string>()
            : same.SelectMany(s => s.Actions).Distinct(StringComparer.Ordinal).OrderBy(a => a, StringComparer.Ordinal).ToArray(),
        Precompile = same.All(s => s.Precompile),
    };

    private void Error(ItemPlace place, string message) =>
        Log.LogError(null, "TCAPI0020", null, place.File, place.Line, place.Column, 0, 0, message);
}
