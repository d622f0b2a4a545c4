using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TcApi.Signing;

/// <summary>
/// The hashing and formatting the signer needs, without allocation on net8.0 (hashes into spans, UTF-8 formatting)
/// and through arrays on netstandard2.0, which has neither.
/// </summary>
internal static class Tc3Crypto
{
    public const int HashSize = 32;

#if NET
    // A one-shot hash creates and frees a native context on every call: on OpenSSL 3 that is most of the cost of
    // hashing a request-sized input (docs/performance.md, "Where the whole call goes"). One context per thread is reset instead.
    [ThreadStatic]
    private static IncrementalHash? t_sha256;
#endif

    public static void Sha256(ReadOnlySpan<byte> source, Span<byte> destination)
    {
#if NET
        // Taken out while in use and put back only once the hash is done: a failure midway leaves no half-fed context behind.
        var sha = t_sha256 ?? IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        t_sha256 = null;
        sha.AppendData(source);
        sha.GetHashAndReset(destination);
        t_sha256 = sha;
#else
        using var sha = SHA256.Create();
        sha.ComputeHash(source.ToArray()).CopyTo(destination);
#endif
    }

    public static void HmacSha256(byte[] key, ReadOnlySpan<byte> source, Span<byte> destination)
    {
#if NET
        HMACSHA256.HashData(key, source, destination);
#else
        using var hmac = new HMACSHA256(key);
        hmac.ComputeHash(source.ToArray()).CopyTo(destination);
#endif
    }

    public static byte[] HmacSha256(byte[] key, ReadOnlySpan<byte> source)
    {
        var hash = new byte[HashSize];
        HmacSha256(key, source, hash);
        return hash;
    }

    /// <summary>Writes <paramref name="value"/> as ASCII digits; returns how many bytes.</summary>
    public static int WriteInvariant(long value, Span<byte> destination)
    {
#if NET
        value.TryFormat(destination, out var written, default, CultureInfo.InvariantCulture);
        return written;
#else
        var text = value.ToString(CultureInfo.InvariantCulture);
        for (var i = 0; i < text.Length; i++)
        {
            destination[i] = (byte)text[i];
        }

        return text.Length;
#endif
    }

    /// <summary>The UTC date of a Unix timestamp as yyyy-MM-dd.</summary>
    public static void WriteDate(long timestamp, Span<char> destination)
    {
        var date = DateTimeOffset.FromUnixTimeSeconds(timestamp).UtcDateTime;
#if NET
        date.TryFormat(destination, out _, "yyyy-MM-dd", CultureInfo.InvariantCulture);
#else
        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture).AsSpan().CopyTo(destination);
#endif
    }

    public static string Text(Encoding encoding, ReadOnlySpan<byte> bytes) =>
#if NET
        encoding.GetString(bytes);
#else
        encoding.GetString(bytes.ToArray());
#endif

    /// <summary><paramref name="prefix"/> followed by the ASCII <paramref name="suffix"/>, as one string.</summary>
    public static string Concat(string prefix, ReadOnlySpan<byte> suffix)
    {
#if NET
        Span<char> chars = stackalloc char[suffix.Length];
        Encoding.ASCII.GetChars(suffix, chars);
        return string.Concat(prefix.AsSpan(), chars);
#else
        return prefix + Encoding.ASCII.GetString(suffix.ToArray());
#endif
    }
}
