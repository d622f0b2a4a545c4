using System.Collections.Generic;
using System.Linq;
using System.Text;
using TcApi.Generator.Emit.Emitters;
using TcApi.Generator.Model;

namespace TcApi.Generator.Emit;

/// <summary>
/// Renders a service's units into its files (laid out by <see cref="FileLayout"/>), reusing each unit's source from the service's previous render when the
/// unit is unchanged: the generator handles a service as one pipeline value (an unrelated edit then costs one cached
/// step per service, not one per type), and this cache keeps that from meaning "render every type again".
/// <para>
/// The second of three caching layers (docs/architecture.md, "Caching"). Keyed by the generated accessibility and
/// the service's key (its spec path), then per unit by qualified type name and file kind; a unit's render is reused
/// when its <see cref="EmitUnit"/> equals the previous one (value equality of the model it depends on). It keeps only
/// the latest render of each service, for as long as the generator's assembly stays loaded (a compiler server or an
/// IDE keeps it across builds), so it holds no more than the generator's own output does; <see cref="Clear"/> empties it.
/// </para>
/// </summary>
internal static class RenderCache
{
    private static readonly Dictionary<string, (Dictionary<string, (EmitUnit Unit, RenderedUnit Rendered)> Units, Dictionary<string, AssembledFile> Files)> Services = new();

    public static ServiceFiles Render(ServiceUnits units)
    {
        // Units are compared by their model alone; the accessibility they were rendered with is part of the key.
        var key = units.Accessibility + "|" + units.Key;
        Dictionary<string, (EmitUnit Unit, RenderedUnit Rendered)>? previous;
        Dictionary<string, AssembledFile>? previousFiles;
        lock (Services)
        {
            (previous, previousFiles) = Services.TryGetValue(key, out var last) ? last : default;
        }

        // Found by the type's name, then compared: hashing a unit would read every string of its model, while comparing
        // it with its previous self mostly meets the same string instances.
        var current = new Dictionary<string, (EmitUnit Unit, RenderedUnit Rendered)>(units.Units.Count, System.StringComparer.Ordinal);
        var rendered = new List<RenderedUnit>(units.Units.Count);
        foreach (var unit in units.Units)
        {
            var name = unit.QualifiedName + "|" + unit.Kind.ToString();
            var source = previous is not null && previous.TryGetValue(name, out var last) && last.Unit.Equals(unit)
                ? last.Rendered
                : SourceRenderer.Render(unit, units.Accessibility);
            current[name] = (unit, source);
            rendered.Add(source);
        }

        var files = units.Units.Count == 0 ? new Dictionary<string, AssembledFile>() : FileLayout.Assemble(units.Units[0].Header, rendered, previousFiles);
        lock (Services)
        {
            Services[key] = (current, files);
        }

        return new ServiceFiles(units.Key, rendered.ToEquatableArray(), files.Values.Select(f => f.File).ToEquatableArray());
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
