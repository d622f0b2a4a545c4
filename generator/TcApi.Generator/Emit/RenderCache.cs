using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using TcApi.Generator.Emit.Emitters;
using TcApi.Generator.Model;

namespace TcApi.Generator.Emit;

/// <summary>
/// Renders a service's units into its files (laid out by <see cref="FileLayout"/>), reusing each unit's source from the service's previous render when the
/// unit is unchanged: the generator handles a service as one pipeline value (an unrelated edit then costs one cached
/// step per service, not one per type), and this cache keeps that from meaning "render every type again". Each service
/// keeps only its latest units, so the cache holds no more than the generator's own output does.
/// </summary>
internal static class RenderCache
{
    private static readonly Dictionary<string, Dictionary<EmitUnit, RenderedUnit>> Services = new();
    private static long s_run;

    public static ServiceFiles Render(ServiceUnits units)
    {
        var run = Interlocked.Increment(ref s_run);

        // Units are compared by their model alone; the accessibility they were rendered with is part of the key.
        var key = units.Accessibility + "|" + units.Key;
        Dictionary<EmitUnit, RenderedUnit>? previous;
        lock (Services)
        {
            Services.TryGetValue(key, out previous);
        }

        var current = new Dictionary<EmitUnit, RenderedUnit>(units.Units.Count);
        var rendered = new List<RenderedUnit>(units.Units.Count);
        foreach (var unit in units.Units)
        {
            if (previous is null || !previous.TryGetValue(unit, out var source))
            {
                source = SourceRenderer.Render(unit, units.Accessibility, run);
            }

            current[unit] = source;
            rendered.Add(source);
        }

        lock (Services)
        {
            Services[key] = current;
        }

        var files = units.Units.Count == 0 ? new List<GeneratedFile>() : FileLayout.Assemble(units.Units[0].Header, rendered);
        return new ServiceFiles(units.Key, rendered.ToEquatableArray(), files.ToEquatableArray());
    }

    /// <summary>Forgets every render (benchmarks measure a first render with it).</summary>
    public static void Clear()
    {
        lock (Services)
        {
            Services.Clear();
        }
    }
}
