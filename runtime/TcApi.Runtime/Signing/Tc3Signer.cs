using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;

namespace TcApi.Signing;

/// <summary>
/// Signs API 3.0 requests with TC3-HMAC-SHA256. Everything that depends only on the date, the service and the signed
/// headers — the derived signing key, the canonical request up to the payload hash, the middle of the string to sign,
/// the Authorization header up to the signature — is built once a day, so a call costs two SHA-256 hashes, one HMAC
/// and the header string.
/// </summary>
public sealed class Tc3Signer
{
    private const int HashSize = Tc3Crypto.HashSize;
    private const int HexSize = HashSize * 2;
    private const int StackLimit = 1024;
    private static ReadOnlySpan<byte> AlgorithmLine => "TC3-HMAC-SHA256\n"u8;

    private readonly Credential _credential;
    private volatile SigningContext? _context;

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
        var context = _context;
        if (context is null || !context.Matches(input, date))
        {
            _context = context = new SigningContext(_credential, input, date.ToString());
        }

        Span<byte> hash = stackalloc byte[HashSize];

        // Canonical request: the cached prefix, then the hex SHA-256 of the exact body bytes.
        var canonicalLength = context.CanonicalPrefix.Length + HexSize;
        var rented = canonicalLength > StackLimit ? ArrayPool<byte>.Shared.Rent(canonicalLength) : null;
        Span<byte> canonicalHex = stackalloc byte[HexSize];
        try
        {
            var canonical = rented is null ? stackalloc byte[canonicalLength] : rented.AsSpan(0, canonicalLength);
            context.CanonicalPrefix.CopyTo(canonical);
            Tc3Crypto.Sha256(input.Payload.Span, hash);
            Hex(hash, canonical.Slice(context.CanonicalPrefix.Length));
            Tc3Crypto.Sha256(canonical, hash);
            Hex(hash, canonicalHex);
            if (trace is not null)
            {
                trace.HashedRequestPayload = Tc3Crypto.Text(Encoding.ASCII, canonical.Slice(context.CanonicalPrefix.Length));
                trace.CanonicalRequest = Tc3Crypto.Text(Encoding.UTF8, canonical);
                trace.HashedCanonicalRequest = Tc3Crypto.Text(Encoding.ASCII, canonicalHex);
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        // String to sign: algorithm, timestamp, the cached scope line, the canonical hash.
        Span<byte> stringToSign = stackalloc byte[AlgorithmLine.Length + 20 + context.ScopeLine.Length + HexSize];
        AlgorithmLine.CopyTo(stringToSign);
        var at = AlgorithmLine.Length;
        at += Tc3Crypto.WriteInvariant(input.Timestamp, stringToSign.Slice(at));
        context.ScopeLine.CopyTo(stringToSign.Slice(at));
        at += context.ScopeLine.Length;
        canonicalHex.CopyTo(stringToSign.Slice(at));
        stringToSign = stringToSign.Slice(0, at + HexSize);

        Span<byte> signatureHex = stackalloc byte[HexSize];
        context.SigningKey.Sign(stringToSign, hash);
        Hex(hash, signatureHex);
        if (trace is not null)
        {
            trace.StringToSign = Tc3Crypto.Text(Encoding.UTF8, stringToSign);
            trace.Signature = Tc3Crypto.Text(Encoding.ASCII, signatureHex);
        }

        return Tc3Crypto.Concat(context.AuthorizationPrefix, signatureHex);
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
    public static void FormatDate(long timestamp, Span<char> destination) => Tc3Crypto.WriteDate(timestamp, destination);

    /// <summary>What stays the same for every request of one day, service and set of signed headers.</summary>
    private sealed class SigningContext
    {
        private readonly string _method;
        private readonly string _service;
        private readonly string _uri;
        private readonly string _query;
        private readonly IReadOnlyList<KeyValuePair<string, string>> _headers;
        private readonly KeyValuePair<string, string>[] _headerValues;

        public SigningContext(Credential credential, in SigningInput input, string date)
        {
            _method = input.Method;
            _service = input.Service;
            _uri = input.CanonicalUri;
            _query = input.CanonicalQueryString;
            _headers = input.SignedHeaders;
            _headerValues = new KeyValuePair<string, string>[input.SignedHeaders.Count];
            for (var i = 0; i < _headerValues.Length; i++)
            {
                _headerValues[i] = input.SignedHeaders[i];
            }

            Date = date;
            var names = new string[_headerValues.Length];
            var canonical = new StringBuilder().Append(_method).Append('\n').Append(_uri).Append('\n').Append(_query).Append('\n');
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = _headerValues[i].Key.Trim().ToLowerInvariant();
                canonical.Append(names[i]).Append(':').Append(_headerValues[i].Value.Trim().ToLowerInvariant()).Append('\n');
            }

            var signedHeaders = string.Join(";", names);
            canonical.Append('\n').Append(signedHeaders).Append('\n');
            CanonicalPrefix = Encoding.UTF8.GetBytes(canonical.ToString());
            ScopeLine = Encoding.UTF8.GetBytes($"\n{date}/{_service}/tc3_request\n");
            AuthorizationPrefix = $"TC3-HMAC-SHA256 Credential={credential.SecretId}/{date}/{_service}/tc3_request, SignedHeaders={signedHeaders}, Signature=";
            var secretDate = Tc3Crypto.HmacSha256(Encoding.UTF8.GetBytes("TC3" + credential.SecretKey), Encoding.UTF8.GetBytes(date));
            var secretService = Tc3Crypto.HmacSha256(secretDate, Encoding.UTF8.GetBytes(_service));
            SigningKey = new Tc3SigningKey(Tc3Crypto.HmacSha256(secretService, "tc3_request"u8));
        }

        public string Date { get; }

        public byte[] CanonicalPrefix { get; }

        public byte[] ScopeLine { get; }

        public string AuthorizationPrefix { get; }

        public Tc3SigningKey SigningKey { get; }

        public bool Matches(in SigningInput input, ReadOnlySpan<char> date)
        {
            if (!date.SequenceEqual(Date.AsSpan()) || !Same(input.Method, _method) || !Same(input.Service, _service) ||
                !Same(input.CanonicalUri, _uri) || !Same(input.CanonicalQueryString, _query))
            {
                return false;
            }

            if (ReferenceEquals(input.SignedHeaders, _headers) && input.SignedHeaders.Count == _headerValues.Length)
            {
                // The same list instance: still compare the entries, since a caller may have changed a value.
                for (var i = 0; i < _headerValues.Length; i++)
                {
                    var header = input.SignedHeaders[i];
                    if (!Same(header.Key, _headerValues[i].Key) || !Same(header.Value, _headerValues[i].Value))
                    {
                        return false;
                    }
                }

                return true;
            }

            return false;
        }

        private static bool Same(string a, string b) => ReferenceEquals(a, b) || string.Equals(a, b, StringComparison.Ordinal);
    }
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
