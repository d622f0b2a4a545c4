using System.Collections.Generic;
using System.Linq;
using System.Threading;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Model;
using TcApi.Generator.Overlay;
using TcApi.Generator.Spec;

namespace TcApi.Generator.Sources;

/// <summary>The overlay and model stages for one spec: merge its overlays into its tree, then parse the result.</summary>
internal static class SpecMerge
{
    public static SpecParseResult Run(SpecSource spec, EquatableArray<OverlaySource> overlays, CancellationToken cancellationToken)
    {
        if (spec.ReadError is { } error)
        {
            return SpecParseResult.Failed(error);
        }

        var diagnostics = new List<DiagnosticInfo>();
        var documents = overlays.Select(o => o.Overlay).OfType<OverlayDocument>().ToList();
        var root = OverlayMerger.Merge(spec.Root!, documents, diagnostics);
        if (Catalog.ActionSubset.Apply(root, spec.Actions, spec.Service ?? string.Empty, spec.ApiVersion ?? string.Empty, diagnostics) is not { } subset)
        {
            return new SpecParseResult(null, diagnostics.ToEquatableArray());
        }

        root = subset;
        var parsed = SpecParser.Parse(spec.Document, root, cancellationToken);
        if (spec.Actions.Count > 0 && parsed.Service is { } service)
        {
            parsed = parsed with { Service = service with { Header = service.Header with { ActionSubset = true } } };
        }

        if (diagnostics.Count == 0)
        {
            return parsed;
        }

        diagnostics.AddRange(parsed.Diagnostics);
        return new SpecParseResult(null, diagnostics.ToEquatableArray());
    }

    /// <summary>The overlays that refine <paramref name="spec"/>.</summary>
    public static EquatableArray<OverlaySource> OverlaysOf(SpecSource spec, IEnumerable<OverlaySource> overlays) =>
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
