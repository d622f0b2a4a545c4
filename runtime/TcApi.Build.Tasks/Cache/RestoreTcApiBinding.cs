using System;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace TcApi.Build.Cache;

/// <summary>
/// Keys one binding for the machine-wide cache (<see cref="BindingKey"/>) and, when the cache holds it, copies it into
/// the binding's folder instead of compiling it. Runs only when the binding is out of date in this project.
/// </summary>
public sealed class RestoreTcApiBinding : Task
{
    /// <summary>The cache folder; empty: no cache (only the key is computed).</summary>
    public string CacheDirectory { get; set; } = string.Empty;

    /// <summary>The service, for the message.</summary>
    [Required]
    public string Service { get; set; } = string.Empty;

    /// <summary>The service version (yyyy-MM-dd), for the message.</summary>
    [Required]
    public string Version { get; set; } = string.Empty;

    /// <summary>The binding assembly's name, without extension.</summary>
    [Required]
    public string AssemblyName { get; set; } = string.Empty;

    /// <summary>The binding's folder under obj/, where it is compiled or copied to.</summary>
    [Required]
    public string BindingDirectory { get; set; } = string.Empty;

    /// <summary>The binding's additional files (metadata TcApiCatalog: spec, overlay, index; none: a project overlay).</summary>
    public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The generator and analyzers the binding is compiled with.</summary>
    public ITaskItem[] Analyzers { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The references the binding is compiled against.</summary>
    public ITaskItem[] References { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Files whose text the compilation reads (the binding's generator options, its stub).</summary>
    public ITaskItem[] Texts { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Everything else the assembly depends on, as text: compiler, target framework, options.</summary>
    public string Options { get; set; } = string.Empty;

    /// <summary>The binding's cache key, for <see cref="StoreTcApiBinding"/>.</summary>
    [Output]
    public string Key { get; set; } = string.Empty;

    /// <summary>Whether the binding was copied from the cache (then it is not compiled).</summary>
    [Output]
    public bool Restored { get; set; }

    /// <inheritdoc />
    public override bool Execute()
    {
        Key = BindingKey.Compute(AssemblyName, Files, Analyzers, References, Texts, Options);
        if (CacheDirectory.Length == 0)
        {
            return true;
        }

        Restored = new BindingCacheFolder(CacheDirectory).TryRestore(Key, BindingDirectory, AssemblyName);
        Log.LogMessage(MessageImportance.Normal, Restored
            ? $"TcApi: the {Service} {Version} binding was reused from the binding cache ({Key}): not compiled"
            : $"TcApi: the {Service} {Version} binding is not in the binding cache ({Key}): compiling it");
        return true;
    }
}
