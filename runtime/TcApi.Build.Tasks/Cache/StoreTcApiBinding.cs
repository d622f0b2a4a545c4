using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace TcApi.Build.Cache;

/// <summary>Puts a binding just compiled into the machine-wide cache under its key, then keeps the cache within its bound.</summary>
public sealed class StoreTcApiBinding : Task
{
    /// <summary>The cache folder.</summary>
    [Required]
    public string CacheDirectory { get; set; } = string.Empty;

    /// <summary>The binding's key, from <see cref="RestoreTcApiBinding"/>.</summary>
    [Required]
    public string Key { get; set; } = string.Empty;

    /// <summary>The binding assembly's name, without extension.</summary>
    [Required]
    public string AssemblyName { get; set; } = string.Empty;

    /// <summary>The binding's folder under obj/, holding what was compiled.</summary>
    [Required]
    public string BindingDirectory { get; set; } = string.Empty;

    /// <summary>The cache's bound in megabytes; the least recently used entries beyond it are removed.</summary>
    public int MaxMegabytes { get; set; } = 1024;

    /// <inheritdoc />
    public override bool Execute()
    {
        new BindingCacheFolder(CacheDirectory).Store(Key, BindingDirectory, AssemblyName, (long)MaxMegabytes * 1024 * 1024);
        Log.LogMessage(MessageImportance.Normal, $"TcApi: stored the binding in the binding cache ({Key})");
        return true;
    }
}
