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
internal sealed class SignStep(TencentCloudClientOptions options, Endpoint endpoint, TencentCloudClient.SharedState shared, Endpoint? backup = null) : ClientStep
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly KeyValuePair<string, string>[] _signedHeaders = shared.SignedHeadersFor(endpoint.SignedHost);
    private readonly Endpoint? _backup = backup;
    private readonly KeyValuePair<string, string>[]? _backupSignedHeaders = backup is null ? null : [new("content-type", "application/json"), new("host", backup.SignedHost)];

    public override ValueTask RunAsync(AttemptContext context)
    {
        context.Message = CreateMessage(context.Action, context.Body, context.Credential, context.Endpoint);
        return RunNextAsync(context);
    }

    private HttpRequestMessage CreateMessage(ApiActionInfo action, byte[] body, Credential? credential, Endpoint? chosen)
    {
        // The host signed is the host called: the backup's when the attempt fails over.
        var toBackup = chosen is not null && ReferenceEquals(chosen, _backup);
        var target = toBackup ? _backup! : endpoint;
        var signedHeaders = toBackup ? _backupSignedHeaders! : _signedHeaders;
        var timestamp = options.TimeProvider.GetUtcNow().ToUnixTimeSeconds() + Interlocked.Read(ref shared.ClockSkewSeconds);
        var authorization = credential is null
            ? "SKIP"
            : shared.SignerFor(credential).Authorize(new SigningInput("POST", action.Service, timestamp, signedHeaders, body));
        var message = new HttpRequestMessage(HttpMethod.Post, target.Address) { Content = new ByteArrayContent(body) };
        message.Content.Headers.ContentType = Json;
        var headers = message.Headers;
        if (target.HostHeader is { } host)
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
