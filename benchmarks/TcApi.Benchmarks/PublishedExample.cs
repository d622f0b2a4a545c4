using System.Text;
using TcApi.Gaap.V20180529;

namespace TcApi.Benchmarks;

/// <summary>The call every client benchmark makes: the request, answered with the published response.</summary>
public static class PublishedExample
{
    public static readonly byte[] Response = Encoding.UTF8.GetBytes(
        """{"Response":{"RequestId":"9aeda369-17c7-429f-be39-745c1e92fc71","ListenerIds":["listener-o0f3at99"]}}""");

    public static CreateTCPListenersRequest Request() => new()
    {
        ListenerName = "test1",
        Ports = [90],
        Scheduler = Scheduler.RoundRobin,
        HealthCheck = true,
        RealServerType = RealServerType.Ip,
        ProxyId = "link-bjkpdum1",
        DelayLoop = 20,
        ConnectTimeout = 10,
    };

    public const string SecretId = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
    public const string SecretKey = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
    public const long Timestamp = 1551113065;
}

/// <summary>An in-memory endpoint: every call is answered with the published response.</summary>
public sealed class PublishedResponseHandler : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new ByteArrayContent(PublishedExample.Response) });
}
