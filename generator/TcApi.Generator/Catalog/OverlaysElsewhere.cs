using System;
using System.Linq;
using TcApi.Generator.Model;

namespace TcApi.Generator.Catalog;

/// <summary>
/// The services whose overlays another compilation checks: a consumer leaves a precompiled catalogue service's overlays
/// to the compilation of its binding (<c>cvm,vpc</c>), and that compilation leaves every other overlay to the consumer
/// (<c>*</c>). An overlay of such a service is not reported as refining no spec of this project.
/// </summary>
internal sealed record OverlaysElsewhere(bool All, EquatableArray<string> Services)
{
    /// <summary>The build property the package's targets write.</summary>
    public const string BuildProperty = "build_property.TcApiOverlayServicesElsewhere";

    public static OverlaysElsewhere Parse(string? value)
    {
        var names = (value ?? string.Empty).Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries).Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
        return new OverlaysElsewhere(names.Contains("*"), names.Where(n => n != "*").Select(n => n.ToLowerInvariant()).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray());
    }

    public bool Covers(string? service) =>
        All || (service is not null && Services.Any(s => string.Equals(s, service, StringComparison.OrdinalIgnoreCase)));
}
