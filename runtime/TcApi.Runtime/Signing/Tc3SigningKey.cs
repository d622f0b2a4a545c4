using System;
#if NET
using System.Security.Cryptography;
using System.Threading;
#endif

namespace TcApi.Signing;

/// <summary>
/// A derived TC3 signing key and the HMAC-SHA256 over it that signs each request. On net8.0 the keyed HMAC context is
/// kept and reset between signatures rather than keyed anew by a one-shot call each time (most of an HMAC's cost over
/// a request-sized string on OpenSSL 3); netstandard2.0 has no resettable HMAC over spans and hashes once per call.
/// </summary>
internal sealed class Tc3SigningKey
{
    private readonly byte[] _key;
#if NET
    // One idle context, taken by the thread that signs; a thread that finds none (another is signing) keys a new one and
    // keeps it only if the slot is still empty when it is done, so concurrent signatures never share a context.
    private IncrementalHash? _idle;
#endif

    public Tc3SigningKey(byte[] key) => _key = key;

    /// <summary>HMAC-SHA256 of <paramref name="source"/> with this key into <paramref name="destination"/> (32 bytes).</summary>
    public void Sign(ReadOnlySpan<byte> source, Span<byte> destination)
    {
#if NET
        var hmac = Interlocked.Exchange(ref _idle, null) ?? IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        hmac.AppendData(source);
        hmac.GetHashAndReset(destination);
        if (Interlocked.CompareExchange(ref _idle, hmac, null) is not null)
        {
            hmac.Dispose();
        }
#else
        Tc3Crypto.HmacSha256(_key, source, destination);
#endif
    }
}
