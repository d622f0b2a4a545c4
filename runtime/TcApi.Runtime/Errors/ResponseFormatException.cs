using System;
using TcApi.Wire;

namespace TcApi.Errors;

/// <summary>
/// The server's answer could not be read as the action's response: invalid or truncated JSON, a missing
/// <c>Response</c> envelope, or a member of the wrong type. <see cref="Path"/> names the place; <see cref="RequestId"/>
/// and <see cref="RawBody"/> keep what the service said, so a call that did its work (a create whose answer has one
/// malformed member) can still be traced and its result read by hand.
/// </summary>
/// <remarks>The answer is the same however often it is asked for: the client never retries the call.</remarks>
public sealed class ResponseFormatException : TencentCloudException
{
    /// <summary>The most of an answer's body <see cref="RawBody"/> keeps: 64 KiB.</summary>
    public const int MaxRawBodyBytes = 64 * 1024;

    /// <summary>Creates the exception without the answer's body.</summary>
    public ResponseFormatException(string action, string path, string reason, string? requestId = null, Exception? innerException = null)
        : this(action, path, reason, requestId, ReadOnlySpan<byte>.Empty, innerException)
    {
    }

    /// <summary>Creates the exception, keeping the first <see cref="MaxRawBodyBytes"/> of <paramref name="body"/>.</summary>
    public ResponseFormatException(string action, string path, string reason, string? requestId, ReadOnlySpan<byte> body, Exception? innerException = null)
        : base(action, Describe(action, path, reason, requestId, body), innerException)
    {
        Path = path;
        Reason = reason;
        RequestId = requestId;
        RawBody = body.Slice(0, Math.Min(body.Length, MaxRawBodyBytes)).ToArray();
        BodyLength = body.Length;
    }

    /// <summary>JSON pointer to the offending place, e.g. <c>/Response/ListenerIds/0</c>; empty for the whole document.</summary>
    public string Path { get; }

    /// <summary>What was wrong there.</summary>
    public string Reason { get; }

    /// <summary>
    /// The RequestId of the answer, for Tencent Cloud support: read from the envelope's <c>Response.RequestId</c> even
    /// when the bad value comes before it or the JSON breaks off; <see langword="null"/> when the answer has none.
    /// </summary>
    public string? RequestId { get; }

    /// <summary>
    /// The answer's body as it came, its first <see cref="MaxRawBodyBytes"/> bytes (<see cref="BodyLength"/> says
    /// whether that is all of it). Empty when the body was not kept: an answer that holds credentials (STS, the
    /// metadata service) is never kept, nor one read outside the client without it.
    /// </summary>
    public ReadOnlyMemory<byte> RawBody { get; }

    /// <summary>The length of the whole body in bytes (0 when it was not kept).</summary>
    public int BodyLength { get; }

    /// <summary>The same failure without the body and with <paramref name="redact"/> applied to its reason: what a credential call may show.</summary>
    internal ResponseFormatException WithoutBody(Func<string, string> redact) =>
        new(Action, Path, redact(Reason), RequestId is null ? null : redact(RequestId));

    private static string Describe(string action, string path, string reason, string? requestId, ReadOnlySpan<byte> body) =>
        $"{action}: the response could not be read at {(path.Length == 0 ? "/" : path)}: {reason}" +
        // A problem with the whole document (an HTML page, a cut-off body) is best seen in the body's first characters.
        (path.Length == 0 && !body.IsEmpty ? "; the body begins: " + WireReader.Excerpt(body) : string.Empty) +
        (requestId is null ? string.Empty : $" (RequestId {requestId})");
}
