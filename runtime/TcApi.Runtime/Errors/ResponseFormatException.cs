using System;

namespace TcApi.Errors;

/// <summary>
/// The server's answer could not be read as the action's response: invalid or truncated JSON, a missing
/// <c>Response</c> envelope, or a member of the wrong type. <see cref="Path"/> names the place.
/// </summary>
public sealed class ResponseFormatException : TencentCloudException
{
    /// <summary>Creates the exception.</summary>
    public ResponseFormatException(string action, string path, string reason, string? requestId = null, Exception? innerException = null)
        : base(action, $"{action}: the response could not be read at {(path.Length == 0 ? "/" : path)}: {reason}" +
               (requestId is null ? string.Empty : $" (RequestId {requestId})"), innerException)
    {
        Path = path;
        Reason = reason;
        RequestId = requestId;
    }

    /// <summary>JSON pointer to the offending place, e.g. <c>/Response/ListenerIds/0</c>; empty for the whole document.</summary>
    public string Path { get; }

    /// <summary>What was wrong there.</summary>
    public string Reason { get; }

    /// <summary>The RequestId, when the response carried one before the problem.</summary>
    public string? RequestId { get; }
}
