using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace TcApi.Build.Cache;

/// <summary>
/// The machine-wide folder of compiled bindings: one folder per key (<see cref="BindingKey"/>) holding the assembly,
/// its XML docs and PDB, and its generated sources when they were written — zipped, so that a cache inside a project
/// folder (a NuGet packages folder restored there) holds no *.cs a project's globs would compile. An entry appears whole or not at all — it
/// is written under a temporary name and renamed into place, and a build that loses the race to another keeps the
/// other's — and is removed by renaming it away first, so a reader sees a complete entry or none. Reading an entry
/// marks it used; beyond the size bound the least recently used entries go.
/// </summary>
internal sealed class BindingCacheFolder
{
    private const string TemporaryPrefix = "tmp-";
    private const string GeneratedFolder = "generated";
    private const string GeneratedArchive = "generated.zip";

    private readonly string _root;

    public BindingCacheFolder(string root) => _root = root;

    /// <summary>Copies the entry's files into <paramref name="bindingDirectory"/>; false (nothing usable copied) when there is none or it vanished.</summary>
    public bool TryRestore(string key, string bindingDirectory, string assemblyName)
    {
        var entry = Path.Combine(_root, key);
        var assembly = Path.Combine(entry, assemblyName + ".dll");
        if (!File.Exists(assembly))
        {
            return false;
        }

        try
        {
            Directory.CreateDirectory(bindingDirectory);
            var generated = Path.Combine(bindingDirectory, GeneratedFolder);
            if (Directory.Exists(generated))
            {
                Directory.Delete(generated, recursive: true);
            }

            if (File.Exists(Path.Combine(entry, GeneratedArchive)))
            {
                ZipFile.ExtractToDirectory(Path.Combine(entry, GeneratedArchive), generated);
            }

            // The assembly last: the targets' Inputs/Outputs compare its time, and it must be newer than its inputs.
            foreach (var extension in new[] { ".xml", ".pdb", ".dll" })
            {
                var source = Path.Combine(entry, assemblyName + extension);
                var target = Path.Combine(bindingDirectory, assemblyName + extension);
                if (File.Exists(source))
                {
                    File.Copy(source, target, overwrite: true);
                    File.SetLastWriteTimeUtc(target, DateTime.UtcNow);
                }
            }

            Directory.SetLastWriteTimeUtc(entry, DateTime.UtcNow);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // Evicted or replaced while read: compiling it is always right.
            return false;
        }
    }

    /// <summary>Stores the compiled binding under <paramref name="key"/> unless another build already has; then keeps the folder within <paramref name="maxBytes"/>.</summary>
    public void Store(string key, string bindingDirectory, string assemblyName, long maxBytes)
    {
        var entry = Path.Combine(_root, key);
        if (!Directory.Exists(entry))
        {
            var temporary = Path.Combine(_root, TemporaryPrefix + Guid.NewGuid().ToString("N"));
            try
            {
                Directory.CreateDirectory(temporary);
                foreach (var extension in new[] { ".dll", ".xml", ".pdb" })
                {
                    var source = Path.Combine(bindingDirectory, assemblyName + extension);
                    if (File.Exists(source))
                    {
                        File.Copy(source, Path.Combine(temporary, assemblyName + extension));
                    }
                }

                if (Directory.Exists(Path.Combine(bindingDirectory, GeneratedFolder)))
                {
                    ZipFile.CreateFromDirectory(Path.Combine(bindingDirectory, GeneratedFolder), Path.Combine(temporary, GeneratedArchive));
                }

                Directory.Move(temporary, entry);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another build stored the same key first (the rename found it there), or the folder is not writable:
                // either way this build's binding is in its obj folder already.
            }
            finally
            {
                TryDelete(temporary);
            }
        }

        Evict(maxBytes);
    }

    /// <summary>Removes the least recently used entries until the folder holds at most <paramref name="maxBytes"/>, and leftovers of interrupted builds.</summary>
    public void Evict(long maxBytes)
    {
        if (!Directory.Exists(_root))
        {
            return;
        }

        var entries = new List<(string Path, DateTime Used, long Bytes)>();
        foreach (var directory in Directory.GetDirectories(_root))
        {
            var info = new DirectoryInfo(directory);
            if (info.Name.StartsWith(TemporaryPrefix, StringComparison.Ordinal))
            {
                if (info.LastWriteTimeUtc < DateTime.UtcNow.AddHours(-1))
                {
                    TryDelete(directory);
                }

                continue;
            }

            entries.Add((directory, info.LastWriteTimeUtc, Size(info)));
        }

        var total = entries.Sum(e => e.Bytes);
        foreach (var entry in entries.OrderBy(e => e.Used).ThenBy(e => e.Path, StringComparer.Ordinal))
        {
            if (total <= maxBytes)
            {
                break;
            }

            var doomed = Path.Combine(_root, TemporaryPrefix + Guid.NewGuid().ToString("N"));
            try
            {
                Directory.Move(entry.Path, doomed);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            TryDelete(doomed);
            total -= entry.Bytes;
        }
    }

    private static long Size(DirectoryInfo directory)
    {
        try
        {
            return directory.GetFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for a later eviction to remove.
        }
    }
}
