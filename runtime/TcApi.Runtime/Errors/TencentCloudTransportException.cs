using System;

namespace TcApi.Errors;

/// <summary>
/// The call did not complete at the transport level: the connection failed, dropped, or the response was too large.
/// <see cref="RequestMayHaveBeenSent"/> tells whether the service may have acted on it (a non-idempotent call is then
/// not retried).
/// </summary>
public class TencentCloudTransportException : TencentCloudException
{
    /// <summary>Creates the exception.</summary>
    public TencentCloudTransportException(string action, string message, bool requestMayHaveBeenSent, Exception? innerException = null)
        : base(action, message, innerException)
    {
        RequestMayHaveBeenSent = requestMayHaveBeenSent;
    }

    /// <summary>Whether the request may have reached the service.</summary>
    public bool RequestMayHaveBeenSent { get; }
}

/// <summary>No complete answer came within <see cref="Timeout"/>.</summary>
public sealed class TencentCloudTimeoutException : TencentCloudTransportException
{
    /// <summary>Creates the exception.</summary>
    public TencentCloudTimeoutException(string action, TimeSpan timeout, Exception? innerException = null)
        : base(action, $"{action}: no complete answer within {timeout.TotalSeconds:0.###} s; the request may have been processed.", requestMayHaveBeenSent: true, innerException)
    {
        Timeout = timeout;
    }

    /// <summary>The timeout of one attempt.</summary>
    public TimeSpan Timeout { get; }
}
