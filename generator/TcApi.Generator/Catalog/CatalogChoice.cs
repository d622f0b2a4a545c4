using System;
using System.Collections.Generic;
using System.Linq;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Model;
using TcApi.Generator.Overlay;

namespace TcApi.Generator.Catalog;

/// <summary>
/// Which catalogue specs the project's selections pick (a version named, else the newest), with the actions to keep;
/// a selection that matches no file is an error naming the nearest services or versions the catalogue has.
/// </summary>
internal sealed record CatalogChoice(EquatableArray<ChosenSpec> Specs, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static CatalogChoice Choose(EquatableArray<ServiceSelection> selections, IReadOnlyCollection<CatalogFile> files, Func<CatalogIndex> index)
    {
        var chosen = new List<ChosenSpec>();
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var selection in selections.GroupBy(s => s.Service).Select(g => g.Last()))
        {
            var versions = files.Where(f => f.Service == selection.Service).OrderByDescending(f => f.ApiVersion, StringComparer.Ordinal).ToList();
            var file = selection.Version is { } wanted ? versions.FirstOrDefault(f => f.ApiVersion == NormalizeVersion(wanted)) : versions.FirstOrDefault();
            if (file is not null)
            {
                chosen.Add(new ChosenSpec(file.Path, selection.Actions));
                continue;
            }

            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownCatalogueEntry, null, Unknown(selection, versions, index())));
        }

        return new CatalogChoice(chosen.OrderBy(c => c.Path, StringComparer.Ordinal).ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    public ChosenSpec? Find(string path) => Specs.FirstOrDefault(s => s.Path == path);

    /// <summary>2017-03-12, 20170312 and v20170312 all name the same version.</summary>
    private static string NormalizeVersion(string version)
    {
        var digits = new string(version.Where(char.IsDigit).ToArray());
        return digits.Length == 8 ? $"{digits.Substring(0, 4)}-{digits.Substring(4, 2)}-{digits.Substring(6, 2)}" : version;
    }

    private static string Unknown(ServiceSelection selection, IReadOnlyList<CatalogFile> versions, CatalogIndex index)
    {
        var known = index.Versions(selection.Service);
        if (versions.Count == 0 && known.Count == 0)
        {
            var hint = NearestNames.Hint(selection.Service, index.Services);
            return $"<TcApiService Include=\"{selection.Service}\" />: the catalogue has no service '{selection.Service}'{hint}";
        }

        var available = versions.Count > 0 ? versions.Select(v => v.ApiVersion) : known;
        return $"<TcApiService Include=\"{selection.Service}\" Version=\"{selection.Version}\" />: the catalogue has no version '{selection.Version}' of {selection.Service}; it has {string.Join(", ", available)}";
    }
}

/// <summary>A chosen catalogue spec and the actions to keep of it (empty: all).</summary>
internal sealed record ChosenSpec(string Path, EquatableArray<string> Actions);
