using System.Collections.Generic;
using System.Linq;
using System.Threading;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Model;
using TcApi.Generator.Overlay;
using TcApi.Generator.Reading;
using TcApi.Generator.Spec;
using TcApi.Generator.Subset;

namespace TcApi.Generator;

/// <summary>
/// The one way from a spec to its model: the spec as read (with the action selection it carries,
/// <see cref="SpecSource.Actions"/>, none for every action), its overlays merged into its tree, the tree cut to the
/// selected actions, and the result parsed into a <see cref="ServiceModel"/> — or the diagnostics that kept it from
/// one. The generator, the importer's tests, the overlay tests and the benchmarks all come through here.
/// </summary>
internal static class ServiceModelBuilder
{
    public static SpecParseResult Build(SpecSource spec, EquatableArray<OverlaySource> overlays, CancellationToken cancellationToken)
    {
        if (spec.ReadError is { } error)
        {
            return SpecParseResult.Failed(error);
        }

        var diagnostics = new List<DiagnosticInfo>();
        var documents = overlays.Select(o => o.Overlay).OfType<OverlayDocument>().ToList();
        var root = OverlayMerger.Merge(spec.Root!, documents, diagnostics);
        if (ActionSubset.Apply(root, spec.Actions, spec.Service ?? string.Empty, spec.ApiVersion ?? string.Empty, diagnostics) is not { } subset)
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
}
