using System;
using System.Collections.Generic;
using System.Linq;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Model;
using TcApi.Generator.Overlay;

namespace TcApi.Generator.Catalog;

/// <summary>
/// Which catalogue specs the project's selections pick (a version named, else the newest), with the actions to keep;
/// a selection that matches no file is an error naming the nearest services or versions the catalogue has. Two versions
/// of one service are two specs, side by side (their namespaces differ); the same service version selected twice is
/// one spec with the actions of both (every action when either names none), as if written in one item.
/// </summary>
internal sealed record CatalogChoice(EquatableArray<ChosenSpec> Specs, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static CatalogChoice Choose(EquatableArray<ServiceSelection> selections, IReadOnlyCollection<CatalogFile> files, Func<CatalogIndex> index)
    {
        var picked = new List<(CatalogFile File, ServiceSelection Selection)>();
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var selection in selections)
        {
            var versions = files.Where(f => f.Service == selection.Service).OrderByDescending(f => f.ApiVersion, StringComparer.Ordinal).ToList();
            var file = selection.Version is { } wanted ? versions.FirstOrDefault(f => f.ApiVersion == ServiceSelection.NormalizeVersion(wanted)) : versions.FirstOrDefault();
            if (file is not null)
            {
                picked.Add((file, selection));
                continue;
            }

            diagnostics.Add(DiagnosticInfo.ForSelection(DiagnosticDescriptors.UnknownCatalogueEntry, selection.Key, Unknown(selection, versions, index())));
        }

        var chosen = picked
            .GroupBy(p => p.File.Path, StringComparer.Ordinal)
            .Select(g => new ChosenSpec(g.Key, Merge(g.Select(p => p.Selection.Actions).ToList())));
        return new CatalogChoice(chosen.OrderBy(c => c.Path, StringComparer.Ordinal).ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>The actions of several selections of one spec: every action if any of them names none, else all they name.</summary>
    private static EquatableArray<string> Merge(IReadOnlyList<EquatableArray<string>> actions) =>
        actions.Any(a => a.Count == 0)
            ? EquatableArray<string>.Empty
            : actions.SelectMany(a => a).Distinct(StringComparer.Ordinal).OrderBy(a => a, StringComparer.Ordinal).ToEquatableArray();

    public ChosenSpec? Find(string path) => Specs.FirstOrDefault(s => s.Path == path);

    private static string Unknown(ServiceSelection selection, IReadOnlyList<CatalogFile> versions, CatalogIndex index)
    {
        var known = index.Versions(selection.Service);
        if (versions.Count == 0 && known.Count == 0)
        {
            var hint = NearestNames.Hint(NearestNames.Find(selection.Service, index.Names));
            return $"<TcApiService Include=\"{selection.Service}\" />: the catalogue has no service '{selection.Service}'{hint}";
        }

        var available = versions.Count > 0 ? versions.Select(v => v.ApiVersion) : known;
        return $"<TcApiService Include=\"{selection.Service}\" Version=\"{selection.Version}\" />: the catalogue has no version '{selection.Version}' of {selection.Service}; it has {string.Join(", ", available)}";
    }
}

/// <summary>A chosen catalogue spec and the actions to keep of it (empty: all).</summary>
internal sealed record ChosenSpec(string Path, EquatableArray<string> Actions);
