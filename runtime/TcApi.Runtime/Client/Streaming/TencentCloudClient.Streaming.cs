using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using TcApi.Client.Streaming;
using TcApi.Errors;
using TcApi.Signing;
using TcApi.Telemetry;
using TcApi.Wire;

namespace TcApi.Client;

public sealed partial class TencentCloudClient
{
    private const string EventStreamMediaType = "text/event-stream";

    /// <summary>
    /// Calls <paramref name="action"/> and reads its answer as server-sent events, each read with
    /// <paramref name="readEvent"/> as it arrives. An answer that is not an event stream (the service's error, or an
    /// answer it chose not to stream) is read with <paramref name="readResponse"/>: an error is thrown, an answer is the
    /// only event.
    /// </summary>
    /// <remarks>
    /// Validation, the rate limiter, credentials, signing and telemetry are the ordinary call's. Attempts are repeated
    /// only until the service answers (by <see cref="RetryPolicy"/>); once events flow, a failure ends the stream with a
    /// <see cref="TencentCloudTransportException"/>. <see cref="TencentCloudClientOptions.Timeout"/> bounds the wait for
    /// the answer's headers, not the stream; cancel <paramref name="cancellationToken"/> (or stop enumerating) to end it,
    /// which closes the connection. Memory is bounded by the largest event (at most
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

        if (action.RegionRequired && _options.Region is null)
        {
            throw new InvalidOperationException($"{action.Action} needs a region: set TencentCloudClientOptions.Region (X-TC-Region).");
        }

        if (_options.ValidateRequests)
        {
            Validate(request, action);
        }

        var body = Serialize(request);
        _telemetry.RequestBody(action, body);
        var call = _telemetry.StartCall(action, _options.Region);
        var started = _telemetry.CallStarted();
        var streamStarted = _telemetry.StreamStarted();
        var opened = default(OpenedStream);
        Exception? failure = null;
        string? requestId = null;
        long events = 0;
        var completed = false;
        try
        {
            try
            {
                opened = await OpenStreamAsync(action, body, call, cancellationToken).ConfigureAwait(false);
                requestId = opened.RequestId;
            }
            catch (Exception e)
            {
                failure = e;
                throw;
            }

            if (opened.Answer is { } answer)
            {
                // Not an event stream: the service's error (thrown here) or a whole answer.
                TEvent only;
                try
                {
                    _telemetry.ResponseBody(action, answer);
                    only = readResponse(answer);
                    requestId = only is IApiResponse read ? read.RequestId : requestId;
                }
                catch (Exception e)
                {
                    failure = e;
                    throw;
                }

                _telemetry.FirstEvent(call, action, streamStarted);
                events = 1;
                yield return only;
                completed = true;
                yield break;
            }

            var reader = opened.Events!;
            while (true)
            {
                TEvent item;
                try
                {
                    if (!await ReadEventAsync(action, reader, cancellationToken).ConfigureAwait(false))
                    {
                        break;
                    }

                    item = readEvent(reader.Data.Span, requestId);
                }
                catch (Exception e)
                {
                    failure = e;
                    throw;
                }

                if (events++ == 0)
                {
                    _telemetry.FirstEvent(call, action, streamStarted);
                }

                yield return item;
            }

            completed = true;
        }
        finally
        {
            opened.Dispose();
            _telemetry.StreamRead(call, action, events);
            // A consumer that stops early ends the call as it chose: not a failure.
            _telemetry.CallEnded(call, action, started, opened.Attempts, completed ? null : failure, failure is null ? requestId : ClientTelemetry.RequestIdOf(failure) ?? requestId);
        }
    }

    /// <summary>Sends attempts until the service answers: an event stream, or a whole body to read.</summary>
    private async Task<OpenedStream> OpenStreamAsync(ApiActionInfo action, byte[] body, Activity? call, CancellationToken cancellationToken)
    {
        var limiter = _options.RateLimiting ? _shared.Limiters.For(action) : null;
        var attempts = 0;
        for (var attempt = 1; ; attempt++)
        {
            if (limiter is not null)
            {
                var waitStarted = _telemetry.WaitStarted();
                using var lease = await limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
                _telemetry.RateLimiterWaited(action, waitStarted);
            }

            var credential = _unsigned ? null : await CurrentCredentialAsync(cancellationToken).ConfigureAwait(false);
            var attemptActivity = _telemetry.StartAttempt(call, action, attempt);
            attempts++;
            try
            {
                var opened = await OpenOnceAsync(action, body, credential, cancellationToken).ConfigureAwait(false);
                _telemetry.AttemptEnded(attemptActivity, action, null, opened.RequestId);
                return opened with { Attempts = attempts };
            }
            catch (Exception e)
            {
                _telemetry.AttemptEnded(attemptActivity, action, e, ClientTelemetry.RequestIdOf(e));
                if (e is TencentCloudException failure && attempt < _options.Retry.MaxAttempts && RetryPolicy.ShouldRetry(failure, action.Idempotent))
                {
                    var delay = RetryPolicy.Delay(_options.Retry, attempt);
                    _telemetry.Repeating(call, action, attempts, e, delay);
                    await Task.Delay(delay, _options.TimeProvider, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                throw;
            }
        }
    }

    private async Task<OpenedStream> OpenOnceAsync(ApiActionInfo action, byte[] body, Credential? credential, CancellationToken cancellationToken)
    {
        using var message = CreateMessage(action, body, credential);
        message.Headers.Accept.ParseAdd(EventStreamMediaType);
        HttpResponseMessage response;
        using (var timeout = TimeoutSource.Create(_options.Timeout, _options.TimeProvider))
        using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token))
        {
            try
            {
                response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TencentCloudTimeoutException(action.Action, _options.Timeout, e);
            }
            catch (HttpRequestException e)
            {
                var (notSent, description) = TransportFailure.Describe(e);
                throw new TencentCloudTransportException(action.Action, $"{action.Action}: {description}", requestMayHaveBeenSent: !notSent, e);
            }
        }

        var requestId = response.Headers.TryGetValues("X-TC-RequestId", out var ids) ? ids.FirstOrDefault() : null;
        try
        {
            if (response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType is { } mediaType
                && string.Equals(mediaType, EventStreamMediaType, StringComparison.OrdinalIgnoreCase))
            {
                var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                return new OpenedStream(response, new ServerSentEventReader(stream, _options.MaxResponseBytes), null, requestId, 1);
            }

            byte[] answer;
            try
            {
                answer = await CappedBody.ReadAsync(action.Action, response, _options.MaxResponseBytes, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or HttpRequestException)
            {
                throw new TencentCloudTransportException(action.Action, $"{action.Action}: the connection broke while the answer was read ({e.Message}).", requestMayHaveBeenSent: true, e);
            }

            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new TencentCloudHttpException(action.Action, response.StatusCode, WireReader.Excerpt(answer));
            }

            response.Dispose();
            return new OpenedStream(null, null, answer, requestId, 1);
        }
        catch
        {
            response.Dispose();
            throw;
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

    /// <summary>What an attempt opened: an event stream with its response, or a whole answer.</summary>
    private readonly record struct OpenedStream(HttpResponseMessage? Response, ServerSentEventReader? Events, byte[]? Answer, string? RequestId, int Attempts) : IDisposable
    {
        public void Dispose()
        {
            Events?.Dispose();
            Response?.Dispose();
        }
    }
}
