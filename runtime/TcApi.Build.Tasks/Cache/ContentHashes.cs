using System;
using System.Collections.Concurrent;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace TcApi.Build.Cache;

/// <summary>
/// SHA-256 of files' contents, remembered for the life of the MSBuild process by path, size and modification time:
/// the framework's reference assemblies and the package's analyzers are hashed once however many bindings a build
/// (or a reused MSBuild node) keys.
/// </summary>
internal static class ContentHashes
{
    private static readonly ConcurrentDictionary<(string Path, long Length, long Ticks), string> Known = new();

    public static string Of(string path)
    {
        var info = new FileInfo(path);
        return Known.GetOrAdd((info.FullName, info.Length, info.LastWriteTimeUtc.Ticks), key =>
        {
            using var sha = SHA256.Create();
            using var stream = File.OpenRead(key.Path);
            return Hex(sha.ComputeHash(stream));
        });
    }

    public static string OfText(string text)
    {
        using var sha = SHA256.Create();
        return Hex(sha.ComputeHash(Encoding.UTF8.GetBytes(text)));
    }

    private static string Hex(byte[] bytes)
    {
        var builder = new StringBuilder(bytes.Length * 2);
        foreach (var b in bytes)
        {
            builder.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
