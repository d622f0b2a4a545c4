using System;
using System.Net;
using System.Threading.Tasks;
using TcApi.Errors;
using TcApi.Telemetry;
using TcApi.Wire;

namespace TcApi.Client.Pipeline;

/// <summary>
/// Reads the answer's body (no more than <see cref="TencentCloudClientOptions.MaxResponseBytes"/>), refuses a status other
/// than 200, logs the body when bodies are asked for, and hands it to the call's reader — leniently unless
/// <see cref="TencentCloudClientOptions.StrictResponseReading"/> is set.
/// </summary>
internal sealed class ReadAnswerStep(TencentCloudClientOptions options, ClientTelemetry telemetry) : ClientStep
{
    public override async ValueTask RunAsync(AttemptContext context)
    {
        var action = context.Action.Action;
        var response = context.HttpResponse!;
        context.HttpResponse = null;
        PooledAnswer answer;
        try
        {
            answer = await AnswerBody.ReadAsync(action, response, options.MaxResponseBytes, context.AttemptToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!context.CancellationToken.IsCancellationRequested)
        {
            throw new TencentCloudTimeoutException(action, options.Timeout, e);
        }

        // The body is read from a pooled array, given back once read: the response keeps copies of what it holds.
        using (answer)
        {
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new TencentCloudHttpException(action, response.StatusCode, WireReader.Excerpt(answer.Span));
            }

            if (context.LogBodies)
            {
                telemetry.ResponseBody(context.Action, answer.Segment);
            }

            // Lenient unless asked otherwise: a strict read would fail a call whose work the service has already done.
            context.ReadAnswer(answer.Span, lenient: !options.StrictResponseReading);
        }
    }
}
