using System;
using System.Net.Http;
#if !NET
using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
#endif

namespace TcApi.Client;

/// <summary>
/// What a failed send means: whether the request surely never left (no connection, no name, no TLS; safe to retry
/// any action) and how to say so.
/// </summary>
internal static class TransportFailure
{
    public static (bool NotSent, string Description) Describe(HttpRequestException e) => Kind(e) switch
    {
        FailureKind.Connection => (true, "could not connect to the endpoint (" + e.Message + "); the request was not sent."),
        FailureKind.NameResolution => (true, "could not resolve the endpoint's name (" + e.Message + "); the request was not sent."),
        FailureKind.SecureConnection => (true, "the TLS handshake failed (" + e.Message + "); the request was not sent."),
        _ => (false, "the connection failed (" + e.Message + "); the request may have been sent."),
    };

#if NET
    private static FailureKind Kind(HttpRequestException e) => e.HttpRequestError switch
    {
        HttpRequestError.ConnectionError => FailureKind.Connection,
        HttpRequestError.NameResolutionError => FailureKind.NameResolution,
        HttpRequestError.SecureConnectionError => FailureKind.SecureConnection,
        _ => FailureKind.Other,
    };
#else
    // Older frameworks say it only through the inner exception: a socket error, an authentication failure, or (the
    // .NET Framework handler) a WebException's status. Anything else may have reached the service.
    private static FailureKind Kind(HttpRequestException e)
    {
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain }:
                    return FailureKind.NameResolution;
                case SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.NetworkUnreachable or SocketError.HostUnreachable or SocketError.NetworkDown or SocketError.AddressNotAvailable }:
                    return FailureKind.Connection;
                case AuthenticationException:
                    return FailureKind.SecureConnection;
                case WebException { Status: WebExceptionStatus.NameResolutionFailure }:
                    return FailureKind.NameResolution;
                case WebException { Status: WebExceptionStatus.ConnectFailure }:
                    return FailureKind.Connection;
                case WebException { Status: WebExceptionStatus.SecureChannelFailure or WebExceptionStatus.TrustFailure }:
                    return FailureKind.SecureConnection;
            }
        }

        return FailureKind.Other;
    }
#endif

    private enum FailureKind
    {
        Other,
        Connection,
        NameResolution,
        SecureConnection,
    }
}
