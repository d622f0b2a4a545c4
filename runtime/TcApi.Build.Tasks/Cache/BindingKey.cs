using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;

namespace TcApi.Build.Cache;

/// <summary>
/// The machine-wide cache's key of one binding: a hash of everything its assembly is made from, by content, never by
/// where it lies — so two projects (or Debug and Release, or a clean build) that would compile the same assembly find
/// the same entry, and any change of an input is a new key. In it: the binding's files (the catalogue's files of its
/// service, its overlays, each by role, name and content, in the order the generator merges them), the generator and
/// analyzers (content), the references (name and content; a project's own project references are not among them),
/// the binding's generator options and stub, and the compiler and options text the targets pass (compiler, target
/// framework, warnings as errors, ...).
/// </summary>
internal static class BindingKey
{
    /// <summary>Raised when what a key covers changes meaning, so that no older entry is read as this one.</summary>
    private const string Format = "tcapi-binding-cache 1";

    public static string Compute(string assemblyName, IEnumerable<ITaskItem> files, IEnumerable<ITaskItem> analyzers, IEnumerable<ITaskItem> references, IEnumerable<ITaskItem> texts, string options)
    {
        var lines = new StringBuilder();
        lines.Append(Format).Append('\n').Append(assemblyName).Append('\n').Append(options).Append('\n');
        // In the order of their full paths, which is the order the generator merges overlays in, though the paths
        // themselves (another project's folder) are not in the key.
        foreach (var file in files.GroupBy(f => f.GetMetadata("FullPath"), StringComparer.Ordinal).Select(g => g.First()).OrderBy(f => f.GetMetadata("FullPath"), StringComparer.Ordinal))
        {
            lines.Append("file ").Append(file.GetMetadata("TcApiCatalog")).Append(' ').Append(Path.GetFileName(file.ItemSpec)).Append(' ').Append(ContentHashes.Of(file.GetMetadata("FullPath"))).Append('\n');
        }

        AppendByName(lines, "analyzer", analyzers);
        AppendByName(lines, "reference", references);
        foreach (var text in texts)
        {
            lines.Append("text ").Append(Path.GetFileName(text.ItemSpec)).Append(' ').Append(ContentHashes.OfText(File.ReadAllText(text.GetMetadata("FullPath")))).Append('\n');
        }

        return assemblyName + "-" + ContentHashes.OfText(lines.ToString()).Substring(0, 32);
    }

    private static void AppendByName(StringBuilder lines, string kind, IEnumerable<ITaskItem> items)
    {
        foreach (var path in items.Select(i => i.GetMetadata("FullPath")).Distinct(StringComparer.Ordinal).OrderBy(p => Path.GetFileName(p), StringComparer.Ordinal).ThenBy(p => p, StringComparer.Ordinal))
        {
            lines.Append(kind).Append(' ').Append(Path.GetFileName(path)).Append(' ').Append(ContentHashes.Of(path)).Append('\n');
        }
    }
}
