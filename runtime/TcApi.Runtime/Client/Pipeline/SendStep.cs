using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace TcApi.Client.Pipeline;

/// <summary>
/// Sends the attempt's request through the injected <see cref="HttpClient"/> and, once the answer's headers are in,
/// lets the next step read it — all within the attempt's <see cref="TencentCloudClientOptions.Timeout"/>. A timeout or a
/// broken connection becomes the transport exception that says whether the request may have reached the service.
/// </summary>
internal sealed class SendStep(HttpClient http, TencentCloudClientOptions options) : ClientStep
{
    public override async ValueTask RunAsync(AttemptContext context)
    {
        var cancellationToken = context.CancellationToken;
        using var message = context.Message!;
        context.Message = null;
        using var timeout = TimeoutSource.Create(options.Timeout, options.TimeProvider);
        // Linking costs a registration per call; a token that cannot be cancelled needs none.
        using var linked = cancellationToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token) : timeout;
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (AttemptSend.Failure(e, context, options.Timeout) is { } failure)
        {
            throw failure;
        }

        using (response)
        {
            context.ServerDate = response.Headers.Date;
            context.HttpResponse = response;
            context.AttemptToken = linked.Token;
            await RunNextAsync(context).ConfigureAwait(false);
        }
    }
}
