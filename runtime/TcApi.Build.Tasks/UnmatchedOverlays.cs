using System;
using System.Collections.Generic;
using System.Linq;
using TcApi.Generator.Overlay;

namespace TcApi.Build;

/// <summary>
/// The project's overlays whose service version the project neither selects nor has a spec of. The project's
/// compilation cannot always see them: it leaves a precompiled service's overlays to that service's binding, whatever
/// version they name, and the binding takes only the overlays of its own version. So an overlay of another version of
/// a precompiled service was reported by nothing; here each is TCAPI0018 at its <c>service</c>, as the generator
/// reports it, before anything compiles.
/// </summary>
internal static class UnmatchedOverlays
{
    public const string Code = "TCAPI0018";

    /// <param name="overlays">Each overlay's path and header (null: not one the generator could match; it reports that itself).</param>
    /// <param name="selected">The service versions the project selects from the catalogue.</param>
    /// <param name="specFiles">The project's own spec files, read only when an overlay matches no selection.</param>
    public static IEnumerable<(ItemPlace Place, string Message)> Of(
        IEnumerable<(string Path, (string Service, string ApiVersion)? Header)> overlays,
        IReadOnlyCollection<(string Service, string Version)> selected,
        IEnumerable<string> specFiles)
    {
        IReadOnlyCollection<(string Service, string ApiVersion)>? specs = null;
        foreach (var (path, header) in overlays)
        {
            if (header is not { } named || selected.Contains((named.Service, named.ApiVersion)))
            {
                continue;
            }

            specs ??= specFiles.Distinct(StringComparer.Ordinal).Select(OverlayHeader.Read).Where(h => h.HasValue).Select(h => h!.Value).ToList();
            if (specs.Contains(named))
            {
                continue;
            }

            var name = $"{named.Service} {named.ApiVersion}";
            var sameService = selected.Where(s => s.Service == named.Service).Select(s => $"{s.Service} {s.Version}").ToList();
            var hint = sameService.Count > 0
                ? $"; it selects {string.Join(", ", sameService)}"
                : NearestNames.Hint(name, selected.Select(s => $"{s.Service} {s.Version}").Concat(specs.Select(s => $"{s.Service} {s.ApiVersion}")).Distinct(StringComparer.Ordinal));
            yield return (OverlayHeader.ServicePlace(path),
                $"The overlay names service version '{name}', which this project neither selects nor has a spec of{hint}; select it in the project file with <TcApiService Include=\"{named.Service}\" Version=\"{named.ApiVersion}\" />, or add its spec file");
        }
    }
}
