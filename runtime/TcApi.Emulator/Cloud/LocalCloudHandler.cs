using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace TcApi.Emulator.Cloud;

/// <summary>
/// The local cloud in-process: every request given to this handler is answered by the cloud, wherever it was addressed,
/// so a client keeps its default endpoint (cvm.tencentcloudapi.com). A dropped connection is an HttpRequestException,
/// as the socket handler throws it.
/// </summary>
internal sealed class LocalCloudHandler : HttpMessageHandler
{
    private readonly LocalCloud _cloud;

    public LocalCloudHandler(LocalCloud cloud) => _cloud = cloud;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var host = request.Headers.Host ?? request.RequestUri?.Authority ?? string.Empty;
        var answer = await _cloud.HandleAsync(new CloudRequest(request.Method.Method, host, name => Header(request, name), body)).ConfigureAwait(false);
        return answer.Fault switch
        {
            null => Respond(request, HttpStatusCode.OK, answer.Body, answer.ContentType),
            StatusFault status => Respond(request, status.Code, Encoding.UTF8.GetBytes($"{(int)status.Code} {status.Code} (injected by the local cloud)"), "text/plain"),
            HtmlFault => Respond(request, HttpStatusCode.OK, Encoding.UTF8.GetBytes(CloudServer.HtmlPage), "text/html"),
            TruncatedFault => Respond(request, HttpStatusCode.OK, Encoding.UTF8.GetBytes(CloudServer.Truncated), "application/json"),
            _ => throw new HttpRequestException("The connection was reset by the local cloud (a planned fault).", new IOException("Connection reset by peer")),
        };
    }

    private static string Header(HttpRequestMessage request, string name)
    {
        if (name == "content-type")
        {
            return request.Content?.Headers.ContentType?.ToString() ?? string.Empty;
        }

        if (name == "authorization")
        {
            return request.Headers.Authorization?.ToString() ?? (request.Headers.TryGetValues("Authorization", out var raw) ? string.Join(",", raw) : string.Empty);
        }

        return request.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : string.Empty;
    }

    private static HttpResponseMessage Respond(HttpRequestMessage request, HttpStatusCode status, byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType == "application/json" ? "application/json; charset=utf-8" : contentType);
        return new HttpResponseMessage(status) { Content = content, RequestMessage = request };
    }
}
