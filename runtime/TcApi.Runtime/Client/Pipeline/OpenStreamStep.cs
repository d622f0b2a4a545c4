using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using TcApi.Client.Streaming;
using TcApi.Errors;
using TcApi.Telemetry;
using TcApi.Wire;

namespace TcApi.Client.Pipeline;

/// <summary>
/// A streamed call's send and read, in place of <see cref="SendStep"/> and <see cref="ReadAnswerStep"/>: asks for an
/// event stream, and once the answer's headers are in (within <see cref="TencentCloudClientOptions.Timeout"/>, which
/// bounds nothing after them) either leaves the stream open for the caller or reads the whole answer — the service's
/// error, thrown here so the retry and clock-skew steps see it as they see an ordinary call's, or an answer it chose
/// not to stream.
/// </summary>
internal sealed class OpenStreamStep(HttpClient http, TencentCloudClientOptions options, ClientTelemetry telemetry) : ClientStep
{
    private const string EventStreamMediaType = "text/event-stream";

    public override async ValueTask RunAsync(AttemptContext context)
    {
        var call = (StreamingAttemptContext)context;
        var action = context.Action.Action;
        var cancellationToken = context.CancellationToken;
        using var message = context.Message!;
        context.Message = null;
        message.Headers.Accept.ParseAdd(EventStreamMediaType);
        HttpResponseMessage response;
        using (var timeout = TimeoutSource.Create(options.Timeout, options.TimeProvider))
        using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token))
        {
            try
            {
                response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (AttemptSend.Failure(e, context, options.Timeout) is { } failure)
            {
                throw failure;
            }
        }

        context.ServerDate = response.Headers.Date;
        context.RequestId = response.Headers.TryGetValues("X-TC-RequestId", out var ids) ? ids.FirstOrDefault() : null;
        try
        {
            if (response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType is { } mediaType
                && string.Equals(mediaType, EventStreamMediaType, StringComparison.OrdinalIgnoreCase))
            {
                var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                call.Opened(response, new ServerSentEventReader(stream, options.MaxResponseBytes));
                return;
            }

            using (var answer = await AnswerBody.ReadAsync(action, response, options.MaxResponseBytes, cancellationToken).ConfigureAwait(false))
            {
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new TencentCloudHttpException(action, response.StatusCode, WireReader.Excerpt(answer.Span));
                }

                response.Dispose();
                if (context.LogBodies)
                {
                    telemetry.ResponseBody(context.Action, answer.Segment);
                }

                // Read as the streamed call has always read a whole answer: strictly, like its events.
                context.ReadAnswer(answer.Span, lenient: false);
            }
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
