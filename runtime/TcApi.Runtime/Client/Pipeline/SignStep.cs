using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using TcApi.Signing;

namespace TcApi.Client.Pipeline;

/// <summary>
/// Builds the attempt's HTTP request: the body, the X-TC headers, and the TC3 signature over them with a timestamp taken
/// now (corrected by the clock skew the service reported), or <c>SKIP</c> for an unsigned call.
/// </summary>
internal sealed class SignStep(TencentCloudClientOptions options, Endpoint endpoint, TencentCloudClient.SharedState shared) : ClientStep
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly KeyValuePair<string, string>[] _signedHeaders = shared.SignedHeadersFor(endpoint.SignedHost);

    public override ValueTask RunAsync(AttemptContext context)
    {
        context.Message = CreateMessage(context.Action, context.Body, context.Credential);
        return RunNextAsync(context);
    }

    private HttpRequestMessage CreateMessage(ApiActionInfo action, byte[] body, Credential? credential)
    {
        var timestamp = options.TimeProvider.GetUtcNow().ToUnixTimeSeconds() + Interlocked.Read(ref shared.ClockSkewSeconds);
        var authorization = credential is null
            ? "SKIP"
            : shared.SignerFor(credential).Authorize(new SigningInput("POST", action.Service, timestamp, _signedHeaders, body));
        var message = new HttpRequestMessage(HttpMethod.Post, endpoint.Address) { Content = new ByteArrayContent(body) };
        message.Content.Headers.ContentType = Json;
        var headers = message.Headers;
        if (endpoint.HostHeader is { } host)
        {
            headers.Host = host;
        }

        headers.TryAddWithoutValidation("Authorization", authorization);
        headers.TryAddWithoutValidation("X-TC-Action", action.Action);
        headers.TryAddWithoutValidation("X-TC-Version", action.Version);
        headers.TryAddWithoutValidation("X-TC-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        headers.TryAddWithoutValidation("X-TC-RequestClient", options.RequestClient);
        if (options.Region is { } region)
        {
            headers.TryAddWithoutValidation("X-TC-Region", region);
        }

        if (credential?.Token is { } token)
        {
            headers.TryAddWithoutValidation("X-TC-Token", token);
        }

        if (options.Language is { } language)
        {
            headers.TryAddWithoutValidation("X-TC-Language", language);
        }

        return message;
    }
}
