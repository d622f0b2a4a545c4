using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace TcApi.Signing;

/// <summary>
/// Signs API 3.0 requests with TC3-HMAC-SHA256. The derived signing key is cached per (secret key, date, service),
/// so a call costs two SHA-256 hashes and one HMAC; hex is formatted into spans, not through strings.
/// </summary>
public sealed class Tc3Signer
{
    private const string Algorithm = "TC3-HMAC-SHA256";
    private const int HashSize = 32;
    private const int HexSize = HashSize * 2;
    private const int StackLimit = 1024;

    private readonly Credential _credential;
    private readonly ConcurrentDictionary<(string Date, string Service), byte[]> _signingKeys = new();

    /// <summary>Creates a signer for <paramref name="credential"/>.</summary>
    public Tc3Signer(Credential credential) => _credential = credential ?? throw new ArgumentNullException(nameof(credential));

    /// <summary>The credential this signer signs with.</summary>
    public Credential Credential => _credential;

    /// <summary>The value of the Authorization header for <paramref name="input"/>.</summary>
    public string Authorize(in SigningInput input) => Sign(input, trace: null);

    /// <summary>Every intermediate value of the signature, for tests and for debugging a signature mismatch.</summary>
    public Tc3Trace Trace(in SigningInput input)
    {
        var trace = new Tc3Trace();
        trace.Authorization = Sign(input, trace);
        return trace;
    }

    private string Sign(in SigningInput input, Tc3Trace? trace)
    {
        Span<char> date = stackalloc char[10];
        FormatDate(input.Timestamp, date);
        var dateText = new string(date);
        var signedHeaders = SignedHeaderNames(input.SignedHeaders);

        Span<byte> hash = stackalloc byte[HashSize];
        Span<byte> payloadHex = stackalloc byte[HexSize];
        SHA256.HashData(input.Payload.Span, hash);
        Hex(hash, payloadHex);

        // Canonical request → its SHA-256, in hex.
        Span<byte> canonicalHex = stackalloc byte[HexSize];
        var canonicalLength = CanonicalRequestLength(input, signedHeaders);
        var rented = canonicalLength > StackLimit ? ArrayPool<byte>.Shared.Rent(canonicalLength) : null;
        try
        {
            var canonical = rented is null ? stackalloc byte[canonicalLength] : rented.AsSpan(0, canonicalLength);
            WriteCanonicalRequest(input, signedHeaders, payloadHex, canonical);
            SHA256.HashData(canonical, hash);
            Hex(hash, canonicalHex);
            if (trace is not null)
            {
                trace.HashedRequestPayload = Encoding.ASCII.GetString(payloadHex);
                trace.CanonicalRequest = Encoding.UTF8.GetString(canonical);
                trace.HashedCanonicalRequest = Encoding.ASCII.GetString(canonicalHex);
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        // String to sign → HMAC with the cached signing key, in hex.
        Span<byte> stringToSign = stackalloc byte[Algorithm.Length + 1 + 20 + 1 + 10 + 1 + input.Service.Length + 12 + HexSize];
        var length = WriteStringToSign(input, date, canonicalHex, stringToSign);
        stringToSign = stringToSign[..length];
        Span<byte> signatureHex = stackalloc byte[HexSize];
        HMACSHA256.HashData(SigningKey(dateText, input.Service), stringToSign, hash);
        Hex(hash, signatureHex);
        if (trace is not null)
        {
            trace.StringToSign = Encoding.UTF8.GetString(stringToSign);
            trace.Signature = Encoding.ASCII.GetString(signatureHex);
        }

        return BuildAuthorization(_credential.SecretId, dateText, input.Service, signedHeaders, signatureHex);
    }

    private byte[] SigningKey(string date, string service)
    {
        if (_signingKeys.TryGetValue((date, service), out var cached))
        {
            return cached;
        }

        // A long-running client sees one new date a day; keep the cache from growing with them.
        if (_signingKeys.Count > 16)
        {
            _signingKeys.Clear();
        }

        var secretDate = HMACSHA256.HashData(Encoding.UTF8.GetBytes("TC3" + _credential.SecretKey), Encoding.UTF8.GetBytes(date));
        var secretService = HMACSHA256.HashData(secretDate, Encoding.UTF8.GetBytes(service));
        var key = HMACSHA256.HashData(secretService, "tc3_request"u8);
        _signingKeys[(date, service)] = key;
        return key;
    }

    private static string SignedHeaderNames(IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        if (headers.Count == 2)
        {
            var (a, b) = (headers[0].Key, headers[1].Key);
            if (a.Equals("content-type", StringComparison.OrdinalIgnoreCase) && b.Equals("host", StringComparison.OrdinalIgnoreCase))
            {
                return "content-type;host";
            }
        }

        var names = new string[headers.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = headers[i].Key.Trim().ToLowerInvariant();
        }

        return string.Join(';', names);
    }

    private static int CanonicalRequestLength(in SigningInput input, string signedHeaders)
    {
        var length = input.Method.Length + 1 + input.CanonicalUri.Length + 1 + input.CanonicalQueryString.Length + 1;
        foreach (var header in input.SignedHeaders)
        {
            length += header.Key.Trim().Length + 1 + Encoding.UTF8.GetByteCount(header.Value.Trim()) + 1;
        }

        return length + 1 + signedHeaders.Length + 1 + HexSize;
    }

    private static void WriteCanonicalRequest(in SigningInput input, string signedHeaders, ReadOnlySpan<byte> payloadHex, Span<byte> destination)
    {
        var at = 0;
        void Text(string text, Span<byte> into, bool lower)
        {
            var written = Encoding.UTF8.GetBytes(text, into[at..]);
            if (lower)
            {
                for (var i = at; i < at + written; i++)
                {
                    into[i] = (byte)(into[i] is >= (byte)'A' and <= (byte)'Z' ? into[i] + 32 : into[i]);
                }
            }

            at += written;
        }

        void Byte(byte value, Span<byte> into) => into[at++] = value;

        Text(input.Method, destination, lower: false);
        Byte((byte)'\n', destination);
        Text(input.CanonicalUri, destination, lower: false);
        Byte((byte)'\n', destination);
        Text(input.CanonicalQueryString, destination, lower: false);
        Byte((byte)'\n', destination);
        foreach (var header in input.SignedHeaders)
        {
            Text(header.Key.Trim(), destination, lower: true);
            Byte((byte)':', destination);
            Text(header.Value.Trim(), destination, lower: true);
            Byte((byte)'\n', destination);
        }

        Byte((byte)'\n', destination);
        Text(signedHeaders, destination, lower: false);
        Byte((byte)'\n', destination);
        payloadHex.CopyTo(destination[at..]);
    }

    private static int WriteStringToSign(in SigningInput input, ReadOnlySpan<char> date, ReadOnlySpan<byte> canonicalHex, Span<byte> destination)
    {
        var at = Encoding.ASCII.GetBytes(Algorithm, destination);
        destination[at++] = (byte)'\n';
        input.Timestamp.TryFormat(destination[at..], out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        at += written;
        destination[at++] = (byte)'\n';
        at += Encoding.ASCII.GetBytes(date, destination[at..]);
        destination[at++] = (byte)'/';
        at += Encoding.UTF8.GetBytes(input.Service, destination[at..]);
        at += Encoding.ASCII.GetBytes("/tc3_request\n", destination[at..]);
        canonicalHex.CopyTo(destination[at..]);
        return at + HexSize;
    }

    private static string BuildAuthorization(string secretId, string date, string service, string signedHeaders, ReadOnlySpan<byte> signatureHex)
    {
        const string Credential = "TC3-HMAC-SHA256 Credential=";
        const string Scope = "/tc3_request, SignedHeaders=";
        const string Signature = ", Signature=";
        var length = Credential.Length + secretId.Length + 1 + date.Length + 1 + service.Length + Scope.Length + signedHeaders.Length + Signature.Length + HexSize;
        Span<char> text = length <= 512 ? stackalloc char[length] : new char[length];
        var at = 0;
        foreach (var part in new[] { Credential, secretId, "/", date, "/", service, Scope, signedHeaders, Signature })
        {
            part.CopyTo(text[at..]);
            at += part.Length;
        }

        for (var i = 0; i < HexSize; i++)
        {
            text[at + i] = (char)signatureHex[i];
        }

        return new string(text);
    }

    /// <summary>Lowercase hex of <paramref name="bytes"/> as ASCII bytes.</summary>
    private static void Hex(ReadOnlySpan<byte> bytes, Span<byte> destination)
    {
        ReadOnlySpan<byte> digits = "0123456789abcdef"u8;
        for (var i = 0; i < bytes.Length; i++)
        {
            destination[2 * i] = digits[bytes[i] >> 4];
            destination[(2 * i) + 1] = digits[bytes[i] & 0xF];
        }
    }

    /// <summary>The UTC date of a Unix timestamp as yyyy-MM-dd.</summary>
    public static void FormatDate(long timestamp, Span<char> destination) =>
        DateTimeOffset.FromUnixTimeSeconds(timestamp).UtcDateTime.TryFormat(destination, out _, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The intermediate values of one TC3-HMAC-SHA256 signature.</summary>
public sealed class Tc3Trace
{
    /// <summary>Lowercase hex SHA-256 of the body.</summary>
    public string HashedRequestPayload { get; internal set; } = string.Empty;

    /// <summary>The canonical request.</summary>
    public string CanonicalRequest { get; internal set; } = string.Empty;

    /// <summary>Lowercase hex SHA-256 of the canonical request.</summary>
    public string HashedCanonicalRequest { get; internal set; } = string.Empty;

    /// <summary>The string to sign.</summary>
    public string StringToSign { get; internal set; } = string.Empty;

    /// <summary>The signature, lowercase hex.</summary>
    public string Signature { get; internal set; } = string.Empty;

    /// <summary>The Authorization header value.</summary>
    public string Authorization { get; internal set; } = string.Empty;
}
