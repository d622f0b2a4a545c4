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
/// </summary>
internal static class FileLayout
{
    public static List<GeneratedFile> Assemble(ServiceHeader header, IReadOnlyList<RenderedUnit> units)
    {
        var files = new List<GeneratedFile>();
        foreach (var group in units.Where(u => u.Failure is null).GroupBy(u => u.Kind).OrderBy(g => g.Key))
        {
            var members = group.ToList();
            var (name, what) = NameOf(group.Key, members);
            var text = new StringBuilder(members.Sum(u => u.Source.Length + 96) + 512);
            FileHeader.Write(text, header, what);
            foreach (var unit in members)
            {
                text.Append('\n');
                if (unit.UsesObsolete)
                {
                    // Members Tencent marks deprecated are [Obsolete] for callers, but the binding itself still reads and writes them.
                    text.Append("#pragma warning disable CS0612, CS0618\n").Append(unit.Source).Append("#pragma warning restore CS0612, CS0618\n");
                }
                else
                {
                    text.Append(unit.Source);
                }
            }

            files.Add(new GeneratedFile($"{header.Namespace}.{name}.g.cs", text.ToString()));
        }

        return files;
    }

    private static (string Name, string What) NameOf(FileKind kind, List<RenderedUnit> units) => kind switch
    {
        FileKind.Enum => ("Enums", "The enumerations"),
        FileKind.Object => ("Objects", "The data objects"),
        FileKind.Request => ("Requests", "The requests"),
        FileKind.Response => ("Responses", "The responses"),
        _ => (units[0].TypeName, "The " + units[0].TypeName + " type"),
    };
}
