using System.Collections.Generic;
using System.Linq;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Model;
using TcApi.Generator.Reading;

namespace TcApi.Generator.Overlay;

/// <summary>Which spec each overlay refines, and the project's overlays that refine none.</summary>
internal static class OverlayTargets
{
    /// <summary>The overlays that refine <paramref name="spec"/>.</summary>
    public static EquatableArray<OverlaySource> Of(SpecSource spec, IEnumerable<OverlaySource> overlays) =>
        overlays.Where(o => o.Overlay is { } d && spec.Service is { } service && spec.ApiVersion is { } version && d.Refines(service, version))
            .OrderBy(o => o.Document.Path, System.StringComparer.Ordinal)
            .ToEquatableArray();

    /// <summary>An overlay whose service version no spec of the project has: an error at its service.</summary>
    public static IEnumerable<DiagnosticInfo> Unmatched(IEnumerable<OverlaySource> overlays, IReadOnlyCollection<(string? Service, string? Version)> specs)
    {
        foreach (var source in overlays)
        {
            if (source.Overlay is not { } overlay || specs.Any(s => s.Service == overlay.Service && s.Version == overlay.ApiVersion))
            {
                continue;
            }

            var known = specs.Where(s => s.Service is not null).Select(s => $"{s.Service} {s.Version}").Distinct();
            var hint = NearestNames.Hint($"{overlay.Service} {overlay.ApiVersion}", known);
            yield return DiagnosticInfo.Create(DiagnosticDescriptors.OverlayTargetNotFound, OverlayReader.Where(overlay.Root["service"]!),
                "service version", $"{overlay.Service} {overlay.ApiVersion}",
                $"this project neither selects nor has a spec of{hint}; select it in the project file with <TcApiService Include=\"{overlay.Service}\" Version=\"{overlay.ApiVersion}\" />, or add its spec file",
                string.Empty);
        }
    }
}
