using TcApi.Client.Tests.Client;
using TcApi.Emulator;
using TcApi.Gaap.V20180529;

namespace TcApi.Client.Tests.Paging;

/// <summary>The generated page walkers against the emulator: thousands of listeners, each seen exactly once.</summary>
public class ListenerPagingTests
{
    [Fact]
    public async Task Two_thousand_five_hundred_listeners_are_paged_each_seen_once()
    {
        await using var fixture = await EmulatorFixture.StartAsync(new EmulatorOptions { ListenerLimit = 3_000, RateLimitPerSecond = 100_000 });
        var client = fixture.Client(o => o.RateLimiting = false);
        var ports = Enumerable.Range(1, 2_500).ToArray();
        foreach (var batch in ports.Chunk(250))
        {
            await client.CreateTCPListenersAsync(EmulatorFixture.Request(batch));
        }

        var pages = 0;
        var seen = new List<string>();
        await foreach (var page in client.DescribeTCPListenersPagesAsync(new DescribeTCPListenersRequest { ProxyId = "link-bjkpdum1", Limit = 100 }))
        {
            pages++;
            seen.AddRange(page.ListenerSet.Select(l => l.ListenerId));
        }

        Assert.Equal(25, pages);
        Assert.Equal(2_500, seen.Count);
        Assert.Equal(2_500, seen.Distinct().Count());
        Assert.Equal(fixture.Emulator.State.Listeners.Select(l => l.ListenerId).Order(), seen.Order());
    }

    [Fact]
    public async Task Items_stop_when_the_caller_cancels()
    {
        await using var fixture = await EmulatorFixture.StartAsync(new EmulatorOptions { ListenerLimit = 300, RateLimitPerSecond = 100_000 });
        var client = fixture.Client(o => o.RateLimiting = false);
        await client.CreateTCPListenersAsync(EmulatorFixture.Request(Enumerable.Range(1, 120).ToArray()));
        using var cancel = new CancellationTokenSource();

        var seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in client.DescribeTCPListenersItemsAsync(new DescribeTCPListenersRequest { ProxyId = "link-bjkpdum1" }, cancel.Token))
            {
                if (++seen == 30)
                {
                    await cancel.CancelAsync();
                }
            }
        });

        Assert.Equal(30, seen);
    }

    [Fact]
    public async Task Proxies_are_paged_with_the_overlays_documented_maximum()
    {
        await using var fixture = await EmulatorFixture.StartAsync();
        var client = fixture.Client();

        var proxies = 0;
        await foreach (var _ in client.DescribeProxiesItemsAsync(new DescribeProxiesRequest()))
        {
            proxies++;
        }

        Assert.Equal(fixture.Emulator.State.Owners.Count(o => !o.IsGroup), proxies);
    }
}
