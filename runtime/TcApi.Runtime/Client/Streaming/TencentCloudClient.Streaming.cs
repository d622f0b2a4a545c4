using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using TcApi.Client.Pipeline;
using TcApi.Client.Streaming;
using TcApi.Errors;
using TcApi.Telemetry;
using TcApi.Wire;

namespace TcApi.Client;

public sealed partial class TencentCloudClient
{
    /// <summary>
    /// Calls <paramref name="action"/> and reads its answer as server-sent events, each read with
    /// <paramref name="readEvent"/> as it arrives. An answer that is not an event stream (the service's error, or an
    /// answer it chose not to stream) is read with <paramref name="readResponse"/>: an error is thrown, an answer is the
    /// only event.
    /// </summary>
    /// <remarks>
    /// The stages are the ordinary call's, in its order (<see cref="ClientPipeline.BuildStreaming"/>): validation, a
    /// <c>ClientToken</c> for an action that takes one, the rate limiter, credentials, signing, telemetry, and attempts
    /// repeated by <see cref="TencentCloudClientOptions.RetryPolicy"/> — until the service answers; once events flow, a
    /// failure ends the stream with a <see cref="TencentCloudTransportException"/>. <see cref="TencentCloudClientOptions.Timeout"/>
    /// bounds the wait for the answer's headers, not the stream; cancel <paramref name="cancellationToken"/> (or stop
    /// enumerating) to end it, which closes the connection. Memory is bounded by the largest event (at most
    /// <see cref="TencentCloudClientOptions.MaxResponseBytes"/>), however long the stream.
    /// </remarks>
    public async IAsyncEnumerable<TEvent> StreamAsync<TEvent>(
        IApiRequest request,
        ApiActionInfo action,
        StreamEventParser<TEvent> readEvent,
        ResponseParser<TEvent> readResponse,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        if (action is null)
        {
            throw new ArgumentNullException(nameof(action));
        }

        if (readEvent is null)
        {
            throw new ArgumentNullException(nameof(readEvent));
        }

        if (readResponse is null)
        {
            throw new ArgumentNullException(nameof(readResponse));
        }

        var call = new TypedStreamingAttemptContext<TEvent>(request, action, readResponse, cancellationToken);
        Exception? failure = null;
        long events = 0;
        var completed = false;
        try
        {
            try
            {
                await StreamingPipeline.RunAsync(call).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                failure = e;
                throw;
            }

            if (call.Events is not { } reader)
            {
                // Not an event stream: a whole answer, the only event.
                _telemetry.FirstEvent(call.CallActivity, action, call.StreamStartedAt);
                events = 1;
                yield return call.Only;
                completed = true;
                yield break;
            }

            while (true)
            {
                TEvent item;
                try
                {
                    if (!await ReadEventAsync(action, reader, cancellationToken).ConfigureAwait(false))
                    {
                        break;
                    }

                    item = readEvent(reader.Data.Span, call.RequestId);
                }
                catch (Exception e)
                {
                    failure = e;
                    throw;
                }

                if (events++ == 0)
                {
                    _telemetry.FirstEvent(call.CallActivity, action, call.StreamStartedAt);
                }

                yield return item;
            }

            completed = true;
        }
        finally
        {
            call.Dispose();
            // A call stopped before its telemetry started (a request refused by validation) was never traced.
            if (call.CallStarted)
            {
                _telemetry.StreamRead(call.CallActivity, action, events);
                // A consumer that stops early ends the call as it chose: not a failure.
                _telemetry.CallEnded(call.CallActivity, action, call.CallStartedAt, call.Attempts, completed ? null : failure, failure is null ? call.RequestId : ClientTelemetry.RequestIdOf(failure) ?? call.RequestId);
            }
        }
    }

    /// <summary>The next event; a connection that breaks or an event that cannot be framed ends the stream as a transport failure.</summary>
    private static async ValueTask<bool> ReadEventAsync(ApiActionInfo action, ServerSentEventReader reader, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is IOException or HttpRequestException or OperationCanceledException or InvalidDataException)
        {
            throw new TencentCloudTransportException(
                action.Action,
                $"{action.Action}: the event stream broke after {reader.EventCount} events ({e.Message}).",
                requestMayHaveBeenSent: true,
                e);
        }
    }
}
