#if !NET
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;

namespace System;

/// <summary>
/// Other members of .NET Core 2.1–8 this assembly uses that netstandard2.0 lacks, with the same names and meaning, so
/// the code reads the same on both targets; the net8.0 build uses the framework's own.
/// </summary>
internal static class FrameworkPolyfills
{
    private static readonly Random Seeds = new();

    [ThreadStatic]
    private static Random? _threadRandom;

    extension(Random)
    {
        /// <summary>A random generator per thread, seeded from one shared generator so threads do not draw alike.</summary>
        public static Random Shared => _threadRandom ??= NewRandom();
    }

    public static TValue? GetValueOrDefault<TKey, TValue>(this IReadOnlyDictionary<TKey, TValue> dictionary, TKey key) =>
        dictionary.TryGetValue(key, out var value) ? value : default;

    public static bool EndsWith(this string text, char value) => text.Length > 0 && text[text.Length - 1] == value;

    // netstandard2.0's HttpContent reads take no token: the stream's reads (ReadAsStreamAsync) or the wait (the byte
    // array) honour it instead.
    public static Task<Stream> ReadAsStreamAsync(this HttpContent content, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return content.ReadAsStreamAsync();
    }

    public static Task<byte[]> ReadAsByteArrayAsync(this HttpContent content, CancellationToken cancellationToken) =>
        content.ReadAsByteArrayAsync().WaitAsync(cancellationToken);

    public static ValueTask<int> ReadAsync(this Stream stream, Memory<byte> buffer, CancellationToken cancellationToken) =>
        MemoryMarshal.TryGetArray<byte>(buffer, out var array)
            ? new(stream.ReadAsync(array.Array!, array.Offset, array.Count, cancellationToken))
            : throw new ArgumentException("Only array-backed memory can be read into on this framework.", nameof(buffer));

    private static Random NewRandom()
    {
        lock (Seeds)
        {
            return new Random(Seeds.Next());
        }
    }
}
#endif
