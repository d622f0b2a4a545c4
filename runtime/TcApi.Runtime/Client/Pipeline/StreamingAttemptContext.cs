using System;
using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using TcApi.Client.Streaming;
using TcApi.Credentials;
using TcApi.Wire;

namespace TcApi.Client.Pipeline;

/// <summary>
/// A streamed call: what its steps share, and what the attempt that got an answer opened — an event stream, left open
/// for the caller to enumerate, or a whole answer (read by the subclass). The call's span and clocks are started by a
/// step and ended by the enumeration, which outlives the pipeline.
/// </summary>
internal abstract class StreamingAttemptContext : AttemptContext, IDisposable
{
    private HttpResponseMessage? _streamResponse;

    protected StreamingAttemptContext(IApiRequest request, ApiActionInfo action, CancellationToken cancellationToken)
        : base(request, action, CallSecrets.None, cancellationToken)
    {
    }

    /// <summary>Whether the call's span and clocks were started (validation and serialisation passed).</summary>
    public bool CallStarted { get; private set; }

    /// <summary>When the call started, for its duration.</summary>
    public long CallStartedAt { get; private set; }

    /// <summary>When the call started, for the time to its first event.</summary>
    public long StreamStartedAt { get; private set; }

    /// <summary>The opened event stream; <see langword="null"/> when the service answered whole (or not yet).</summary>
    public ServerSentEventReader? Events { get; private set; }

    /// <summary>Records the call's span and the clocks its end is measured from.</summary>
    public void StartCall(Activity? call, long callStartedAt, long streamStartedAt)
    {
        CallActivity = call;
        CallStartedAt = callStartedAt;
        StreamStartedAt = streamStartedAt;
        CallStarted = true;
    }

    /// <summary>Keeps <paramref name="response"/> open, its body read as <paramref name="events"/>, until the call is disposed.</summary>
    public void Opened(HttpResponseMessage response, ServerSentEventReader events)
    {
        _streamResponse = response;
        Events = events;
    }

    /// <summary>Closes the stream and its connection, if one was opened.</summary>
    public void Dispose()
    {
        Events?.Dispose();
        _streamResponse?.Dispose();
    }
}
