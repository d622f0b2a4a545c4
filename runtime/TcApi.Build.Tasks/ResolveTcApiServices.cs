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
/// either names none, and generated into the project when either says <c>Precompile="false"</c>), and the project's
/// overlays that refine each. A malformed item (a blank Include, or one built from properties that are empty, metadata
/// it does not take, a Version that is not a date, a Precompile that is not true or false, actions not separated by
/// ';' or whitespace) and an unknown service (matched by key and by the folder Tencent's metadata keeps it in),
/// version or action (the catalogue's index.json lists every version's actions) is an error on the item's line of the
/// file that defines it, naming the nearest names; every item is checked, so one build reports every bad one, and then
/// the build stops: no binding compiles from a selection with a mistake in it. So does a project overlay whose
/// service version the project neither selects nor has a spec of (TCAPI0018 at its <c>service</c>, as the generator
/// reports it), which no compilation would report when it names another version of a precompiled service.
/// </summary>
public sealed class ResolveTcApiServices : Task
{
    /// <summary>The <c>TcApiService</c> items (metadata <c>Version</c>, <c>Actions</c>, <c>Precompile</c>).</summary>
    public ITaskItem[] Services { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The catalogue: <c>&lt;service&gt;/&lt;service&gt;-v&lt;yyyymmdd&gt;.tcapi.json</c> files.</summary>
    [Required]
    public string CatalogDirectory { get; set; } = string.Empty;

    /// <summary>The project file and the files it imports that may hold items (a blank Include makes no item, so they are read for it).</summary>
    public string[] ProjectFiles { get; set; } = Array.Empty<string>();

    /// <summary>The project's overlay files; each resolved selection lists those that refine it (metadata <c>Overlays</c>).</summary>
    public ITaskItem[] Overlays { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The project's own spec files (not the catalogue's): an overlay that names one of them refines it.</summary>
    public ITaskItem[] Specs { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Whether a service whose item says nothing is precompiled (the property TcApiPrecompileServices).</summary>
    public bool PrecompileByDefault { get; set; } = true;

    /// <summary>
    /// One item per selected service version: identity <c>service</c>, metadata <c>Service</c>, <c>Version</c>
    /// (yyyy-MM-dd), <c>VersionKey</c> (v&lt;yyyymmdd&gt;), <c>Actions</c> (joined with '+'), <c>Encoded</c>
    /// (<c>service|version|actions</c>, the generator's TcApiServices entry) and <c>Precompile</c>.
    /// </summary>
    [Output]
    public ITaskItem[] Resolved { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>
    /// The project's overlays that refine a selection (their <c>service</c> and <c>apiVersion</c> name it, as the
    /// generator matches them), each with metadata <c>Binding</c>: the <see cref="Resolved"/> item it refines. An
    /// overlay is an input of that binding only; one that names no selection and no spec of the project is an error
    /// here, and one that cannot be read refines none (the project's compilation reports it).
    /// </summary>
    [Output]
    public ITaskItem[] ResolvedOverlays { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Where each item stands, for the generator's TcApiServiceLocations: <c>service|version|path|line|column</c>, comma-separated.</summary>
    [Output]
    public string Locations { get; set; } = string.Empty;

    /// <inheritdoc />
    public override bool Execute()
    {
        var catalog = new CatalogFolder(CatalogDirectory);
        var index = new CatalogIndexFile(CatalogDirectory);
        var actions = new CatalogActions(index);
        var places = new ItemPlaces();
        var selections = new List<Selection>();
        var locations = new List<string>();
        var files = ProjectFiles.Concat(Services.Select(s => s.GetMetadata("DefiningProjectFullPath"))).ToList();
        foreach (var blank in EmptyIncludes.In(files))
        {
            Error(blank, "<TcApiService Include=\"\" />: the item names no service; name a catalogue service, e.g. <TcApiService Include=\"cvm\" />");
        }

        foreach (var (place, message) in EvaluatedEmptyIncludes.In(files, Services))
        {
            Error(place, message);
        }

        foreach (var item in Services)
        {
            var selection = Selection.Read(item, PrecompileByDefault);
            var place = places.Find(item);
            if (selection.Service.Length == 0)
            {
                continue;
            }

            var problems = ItemProblems.Of(item, selection).ToList();
            foreach (var problem in problems)
            {
                Error(place, problem);
            }

            var versions = catalog.Versions(selection.Service);
            if (versions.Count == 0)
            {
                Error(place, $"<TcApiService Include=\"{selection.Service}\" />: the catalogue has no service '{selection.Service}'{NearestNames.Hint(NearestNames.Find(selection.Service, ServiceNames.Of(catalog.Services, index)))}");
                continue;
            }

            if (problems.Count > 0)
            {
                continue;
            }

            var version = selection.Version is { } wanted ? versions.FirstOrDefault(v => v == wanted) : versions[0];
            if (version is null)
            {
                Error(place, $"<TcApiService Include=\"{selection.Service}\" Version=\"{selection.WrittenVersion}\" />: the catalogue has no version '{selection.WrittenVersion}' of {selection.Service}; it has {string.Join(", ", versions)}");
                continue;
            }

            if (selection.Actions.Count > 0 && actions.Of(selection.Service, version) is { } known)
            {
                var set = new HashSet<string>(known, StringComparer.Ordinal);
                foreach (var missing in selection.Actions.Where(a => !set.Contains(a)))
                {
                    Error(place, $"<TcApiService Include=\"{selection.Service}\" Actions=\"…\" />: {selection.Service} {version} has no action '{missing}'{NearestNames.Hint(missing, known)}");
                }
            }

            selections.Add(selection with { Version = version });
            if (place.Line > 0)
            {
                locations.Add(place.Encode(selection.Service, version));
            }
        }

        if (Log.HasLoggedErrors)
        {
            return false;
        }

        var merged = selections.GroupBy(s => (s.Service, s.Version)).Select(g => Merge(g.ToList())).ToList();
        var overlays = Overlays.Select(o => o.GetMetadata("FullPath")).Distinct(StringComparer.Ordinal).Select(path => (Path: path, Header: OverlayHeader.Read(path))).ToList();
        var selected = merged.Select(s => (s.Service, s.Version!)).ToList();
        foreach (var (place, message) in UnmatchedOverlays.Of(overlays, selected, Specs.Select(s => s.GetMetadata("FullPath"))))
        {
            Log.LogError(null, UnmatchedOverlays.Code, null, place.File, place.Line, place.Column, 0, 0, message);
        }

        if (Log.HasLoggedErrors)
        {
            return false;
        }

        Resolved = merged.Select(s => s.ToItem()).ToArray();
        ResolvedOverlays = (
            from selection in merged
            from overlay in overlays
            where overlay.Header is { } h && h.Service == selection.Service && h.ApiVersion == selection.Version
            orderby overlay.Path
            select (ITaskItem)new TaskItem(overlay.Path, new Dictionary<string, string> { ["Binding"] = selection.Identity })).ToArray();
        Locations = string.Join(",", locations);
        return true;
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
