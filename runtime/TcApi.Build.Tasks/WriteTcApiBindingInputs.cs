using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace TcApi.Build;

/// <summary>
/// Writes, for each binding, what its compilation is made from, so that its target's Inputs are its own: a stamp
/// file listing each of its files, the analyzers and references (path, size, time) and the options, rewritten only
/// when that changes — an edit to one service's overlay touches that service's stamp alone — and the globalconfig
/// giving its files their roles (spec, overlay, index), which a Csc task given files directly needs.
/// </summary>
public sealed class WriteTcApiBindingInputs : Task
{
    /// <summary>The bindings: metadata <c>Stamp</c> and <c>Roles</c>, the files to write.</summary>
    [Required]
    public ITaskItem[] Bindings { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Every binding's files: metadata <c>Binding</c> (the binding's identity) and <c>TcApiCatalog</c> (its role).</summary>
    public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>What every binding is compiled with: the analyzers and references.</summary>
    public ITaskItem[] Shared { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The options text every binding is compiled with.</summary>
    public string Options { get; set; } = string.Empty;

    /// <inheritdoc />
    public override bool Execute()
    {
        var shared = Shared.Select(i => Describe(i.GetMetadata("FullPath"))).Distinct(StringComparer.Ordinal).OrderBy(l => l, StringComparer.Ordinal).ToList();
        foreach (var binding in Bindings)
        {
            var own = Files.Where(f => f.GetMetadata("Binding") == binding.ItemSpec).ToList();
            var stamp = new List<string> { "options " + Options };
            stamp.AddRange(own.Select(f => f.GetMetadata("TcApiCatalog") + " " + Describe(f.GetMetadata("FullPath"))));
            stamp.AddRange(shared);
            WriteIfDifferent(binding.GetMetadata("Stamp"), stamp);

            var roles = new List<string> { "is_global = true" };
            foreach (var file in own.GroupBy(f => f.GetMetadata("FullPath"), StringComparer.Ordinal).Select(g => g.First()))
            {
                roles.Add($"[{file.GetMetadata("FullPath").Replace('\\', '/')}]");
                roles.Add($"build_metadata.AdditionalFiles.TcApiCatalog = {file.GetMetadata("TcApiCatalog")}");
            }

            WriteIfDifferent(binding.GetMetadata("Roles"), roles);
        }

        return true;
    }

    private static string Describe(string path)
    {
        var info = new FileInfo(path);
        return info.Exists
            ? $"{path}|{info.Length.ToString(CultureInfo.InvariantCulture)}|{info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture)}"
            : path + "|missing";
    }

    private static void WriteIfDifferent(string path, IReadOnlyList<string> lines)
    {
        var text = string.Join("\n", lines) + "\n";
        if (File.Exists(path) && File.ReadAllText(path) == text)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
