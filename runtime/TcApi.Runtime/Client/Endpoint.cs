using System;
using System.Net;

namespace TcApi.Client;

/// <summary>The URL a client posts to and the host it signs.</summary>
internal sealed class Endpoint
{
    private Endpoint(Uri address, string signedHost, string? hostHeader)
    {
        Address = address;
        SignedHost = signedHost;
        HostHeader = hostHeader;
    }

    public Uri Address { get; }

    /// <summary>The host in the signature: lowercase, without a port.</summary>
    public string SignedHost { get; }

    /// <summary>The Host header to send when it differs from the address.</summary>
    public string? HostHeader { get; }

    public static Endpoint Create(string? endpoint, string? host, string defaultHost)
    {
        var text = string.IsNullOrWhiteSpace(endpoint) ? defaultHost : endpoint!.Trim();
        var address = text.Contains("://", StringComparison.Ordinal) ? new Uri(text) : new Uri("https://" + text.TrimEnd('/') + "/");
        if (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp)
        {
            throw new ArgumentException($"The endpoint {address} is neither https nor http.", nameof(endpoint));
        }

        if (address.Scheme == Uri.UriSchemeHttp && !IsLoopback(address.Host))
        {
            throw new ArgumentException($"Plain http is allowed only to loopback addresses; use https for {address.Host}.", nameof(endpoint));
        }

        if (address.AbsolutePath != "/")
        {
            address = new Uri(address, "/");
        }

        var hostHeader = string.IsNullOrWhiteSpace(host) ? null : host!.Trim();
        var signed = (hostHeader ?? address.Host).ToLowerInvariant();
        var colon = signed.LastIndexOf(':');
        if (colon > 0 && !signed.EndsWith("]", StringComparison.Ordinal))
        {
            signed = signed.Substring(0, colon);
        }

        return new Endpoint(address, signed, hostHeader);
    }

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ||
        (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
