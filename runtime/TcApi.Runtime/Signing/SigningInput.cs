using System;
using System.Collections.Generic;

namespace TcApi.Signing;

/// <summary>What TC3-HMAC-SHA256 signs: the request line, the signed headers and the exact body bytes.</summary>
public readonly struct SigningInput
{
    /// <summary>Creates the input; header names are compared and written lowercase, values trimmed and lowercased.</summary>
    public SigningInput(
        string method,
        string service,
        long timestamp,
        IReadOnlyList<KeyValuePair<string, string>> signedHeaders,
        ReadOnlyMemory<byte> payload,
        string canonicalUri = "/",
        string canonicalQueryString = "")
    {
        Method = method;
        Service = service;
        Timestamp = timestamp;
        SignedHeaders = signedHeaders;
        Payload = payload;
        CanonicalUri = canonicalUri;
        CanonicalQueryString = canonicalQueryString;
    }

    /// <summary>POST or GET.</summary>
    public string Method { get; }

    /// <summary>The service of the credential scope, from the spec (never from the host name).</summary>
    public string Service { get; }

    /// <summary>Unix seconds, also sent as X-TC-Timestamp.</summary>
    public long Timestamp { get; }

    /// <summary>The headers to sign, at least content-type and host, sorted by lowercase name.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> SignedHeaders { get; }

    /// <summary>The exact body bytes sent.</summary>
    public ReadOnlyMemory<byte> Payload { get; }

    /// <summary>"/" for API 3.0.</summary>
    public string CanonicalUri { get; }

    /// <summary>Empty for POST; the query string for GET.</summary>
    public string CanonicalQueryString { get; }
}
