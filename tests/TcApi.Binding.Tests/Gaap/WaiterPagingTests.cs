using System.Net;
using System.Text;
using System.Text.Json;
using TcApi.Client;
using TcApi.Client.Waiting;
using TcApi.Gaap.V20180529;
using TcApi.Signing;

namespace TcApi.Binding.Tests.Gaap;

/// <summary>
/// A waiter over an action that pages judges every item the request names, page after page: a connection with more
/// listeners than one page holds is not running while a listener on a later page is still being created.
/// </summary>
public class WaiterPagingTests
{
    private static readonly WaiterOptions Quick = new() { Delay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(2), Timeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task A_listener_on_the_second_page_that_is_still_being_created_keeps_the_waiter_waiting()
    {
        // 25 listeners, 20 to a page; listener 23 is created (1) for the first two looks at it, then runs (0).
        var service = new ListenerService(count: 25, pageSize: 20, slow: 23, runningAfterLooks: 3);

        var response = await service.Client().WaitUntilTCPListenersRunningAsync(new DescribeTCPListenersRequest { ProxyId = "link-1" }, Quick);

        Assert.Equal(3, service.LooksAtSlowListener);
        Assert.Equal(25, response.ListenerSet.Count);
        Assert.Equal(25, response.TotalCount);
        Assert.All(response.ListenerSet, l => Assert.Equal(0L, l.ListenerStatus));
        Assert.Equal(Enumerable.Range(1, 25).Select(i => $"listener-{i}"), response.ListenerSet.Select(l => l.ListenerId));
    }

    [Fact]
    public async Task A_failed_listener_on_a_later_page_fails_the_waiter()
    {
        var service = new ListenerService(count: 25, pageSize: 20, slow: 25, runningAfterLooks: int.MaxValue, slowStatus: 2);

        var failure = await Assert.ThrowsAsync<WaiterFailedException>(() =>
            service.Client().WaitUntilTCPListenersRunningAsync(new DescribeTCPListenersRequest { ProxyId = "link-1" }, Quick));

        Assert.Equal(2L, Assert.IsType<DescribeTCPListenersResponse>(failure.Response).ListenerSet.Single(l => l.ListenerId == "listener-25").ListenerStatus);
        Assert.Equal(1, service.LooksAtSlowListener);
    }

    /// <summary>DescribeTCPListeners over a fixed set of listeners, honouring Offset and Limit up to a page size of its own.</summary>
    private sealed class ListenerService(int count, int pageSize, int slow, int runningAfterLooks, long slowStatus = 1) : HttpMessageHandler
    {
        public int LooksAtSlowListener { get; private set; }

        public GaapClient Client() =>
            new(new HttpClient(this), new Credential("AKIDtest", "secret-key-of-the-test"), new TencentCloudClientOptions { Endpoint = "https://gaap.test", RateLimiting = false });

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            using var body = JsonDocument.Parse(await request.Content!.ReadAsStringAsync(cancellationToken));
            var offset = body.RootElement.TryGetProperty("Offset", out var o) ? o.GetInt32() : 0;
            var limit = body.RootElement.TryGetProperty("Limit", out var l) ? Math.Min(l.GetInt32(), pageSize) : pageSize;
            var listeners = new List<string>();
            for (var number = offset + 1; number <= Math.Min(count, offset + limit); number++)
            {
                var status = 0L;
                if (number == slow && ++LooksAtSlowListener < runningAfterLooks)
                {
                    status = slowStatus;
                }

                listeners.Add($$"""{"ListenerId":"listener-{{number}}","ListenerStatus":{{status}}}""");
            }

            var json = $$$"""{"Response":{"TotalCount":{{{count}}},"ListenerSet":[{{{string.Join(",", listeners)}}}],"RequestId":"r"}}""";
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        }
    }
}
