using System.Collections.Generic;
using System.Linq;
using System.Text;
using TcApi.Generator.Emit.Emitters;
using TcApi.Generator.Model;

namespace TcApi.Generator.Emit;

/// <summary>
/// Which generated file each type goes in: one file per kind of type per service (its requests, its responses, its
/// data objects, its enumerations) and one each for the error codes, the client and the action table. Roslyn's
/// driver pays for every generated file on every run, cached or not (a rerun after an unrelated edit cost about 4 ms
/// for 1,100 one-type files, against microseconds for seven), so a service has a fixed handful of files whatever its
/// size; an edit to one action re-assembles only the files of the kinds it changed.
/// <para>
/// File assembly is the third caching layer (docs/architecture.md, "Caching"): a file is keyed by its name within the
/// service and reused when it is made of the very same rendered units (reference equality, in order) as in the
/// service's previous render; the previous files are kept beside the units in <see cref="RenderCache"/>, as long as it
/// keeps them (the latest render of each service).
/// </para>
/// </summary>
internal static class FileLayout
{
    /// <summary>
    /// The service's files, in a stable order. A file whose types all kept their previous render is taken from
    /// <paramref name="previous"/> as it was: an edit to one action assembles only its request and response files again.
    /// </summary>
    public static Dictionary<string, AssembledFile> Assemble(ServiceHeader serviceHeader, IReadOnlyList<RenderedUnit> units, IReadOnlyDictionary<string, AssembledFile>? previous)
    {
        var files = new Dictionary<string, AssembledFile>();
        foreach (var group in units.Where(u => u.Failure is null).GroupBy(u => u.Kind).OrderBy(g => g.Key))
        {
            var members = group.ToArray();
            var (name, what) = NameOf(group.Key, members);
            if (previous is not null && previous.TryGetValue(name, out var last) && last.IsMadeOf(members))
            {
                files[name] = last;
                continue;
            }

            var header = new StringBuilder(512);
            FileHeader.Write(header, serviceHeader, what);
            var pieces = new List<string>(members.Length * 2 + 1) { header.ToString() };
            foreach (var unit in members)
            {
                // Members Tencent marks deprecated are [Obsolete] for callers, but the binding itself still reads and writes them.
                pieces.Add(unit.UsesObsolete ? "\n#pragma warning disable CS0612, CS0618\n" : "\n");
                pieces.Add(unit.Source);
                if (unit.UsesObsolete)
                {
                    pieces.Add("#pragma warning restore CS0612, CS0618\n");
                }
            }

            files[name] = new AssembledFile(members, new GeneratedFile($"{serviceHeader.Namespace}.{name}.g.cs", new JoinedSourceText(pieces)));
        }

        return files;
    }

    private static (string Name, string What) NameOf(FileKind kind, RenderedUnit[] units) => kind switch
    {
        FileKind.Enum => ("Enums", "The enumerations"),
        FileKind.Object => ("Objects", "The data objects"),
        FileKind.Request => ("Requests", "The requests"),
        FileKind.Response => ("Responses", "The responses"),
        _ => (units[0].TypeName, "The " + units[0].TypeName + " type"),
    };
}

/// <summary>A generated file and the rendered types it was assembled from.</summary>
internal sealed class AssembledFile(RenderedUnit[] units, GeneratedFile file)
{
    public GeneratedFile File { get; } = file;

    /// <summary>Whether the file holds exactly these renders (the same instances, in order): then its text is unchanged.</summary>
    public bool IsMadeOf(RenderedUnit[] current)
    {
        if (current.Length != units.Length)
        {
            return false;
        }

        for (var i = 0; i < current.Length; i++)
        {
            if (!ReferenceEquals(current[i], units[i]))
            {
                return false;
            }
        }

        return true;
    }
}
