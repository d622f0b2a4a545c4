using TcApi.Gaap.V20180529;

namespace TcApi.Client.Tests.Client;

/// <summary>The listener workflow against the emulator with the generated client: create, list, change, delete.</summary>
public class WorkflowTests
{
    [Fact]
    public async Task Create_list_modify_and_delete_listeners()
    {
        await using var fixture = await EmulatorFixture.StartAsync();
        var client = fixture.Client();

        var created = await client.CreateTCPListenersAsync(EmulatorFixture.Request(80, 443, 8080));
        var all = await client.DescribeTCPListenersAsync(new DescribeTCPListenersRequest { ProxyId = "link-bjkpdum1" });
        var second = await client.DescribeTCPListenersAsync(new DescribeTCPListenersRequest { ProxyId = "link-bjkpdum1", Offset = 1, Limit = 1 });
        var byPort = await client.DescribeTCPListenersAsync(new DescribeTCPListenersRequest { ProxyId = "link-bjkpdum1", Port = 443 });

        Assert.Equal(3, created.ListenerIds.Count);
        Assert.Equal((3, 3), (all.TotalCount, all.ListenerSet.Count));
        Assert.Equal(created.ListenerIds, all.ListenerSet.Select(l => l.ListenerId));
        Assert.Equal((3, created.ListenerIds[1]), (second.TotalCount, Assert.Single(second.ListenerSet).ListenerId));
        Assert.Equal(443, Assert.Single(byPort.ListenerSet).Port);

        var id = created.ListenerIds[0];
        await client.ModifyTCPListenerAttributeAsync(new ModifyTCPListenerAttributeRequest
        {
            ListenerId = id,
            ProxyId = "link-bjkpdum1",
            ListenerName = "renamed",
            Scheduler = Scheduler.LeastConnections,
            DelayLoop = 30,
        });
        var modified = Assert.Single((await client.DescribeTCPListenersAsync(new DescribeTCPListenersRequest { ListenerId = id })).ListenerSet);
        Assert.Equal(("renamed", "lc", 30L, 10L), (modified.ListenerName, modified.Scheduler, modified.DelayLoop, modified.ConnectTimeout));

        var deleted = await client.DeleteListenersAsync(new DeleteListenersRequest { ListenerIds = [id, "listener-missing"], ProxyId = "link-bjkpdum1", Force = false });
        var left = await client.DescribeTCPListenersAsync(new DescribeTCPListenersRequest { ProxyId = "link-bjkpdum1" });

        Assert.Equal([id], deleted.OperationSucceedListenerSet);
        Assert.Equal(["listener-missing"], deleted.InvalidStatusListenerSet);
        Assert.Equal(created.ListenerIds.Skip(1), left.ListenerSet.Select(l => l.ListenerId));
    }

    [Fact]
    public async Task The_seeded_connection_and_group_are_listed()
    {
        await using var fixture = await EmulatorFixture.StartAsync();
        var client = fixture.Client();

        var proxies = await client.DescribeProxiesAsync(new DescribeProxiesRequest());
        var groups = await client.DescribeProxyGroupListAsync(new DescribeProxyGroupListRequest { Offset = 0, Limit = 20, ProjectId = -1 });

        Assert.Contains(proxies.ProxySet, p => p.ProxyId == "link-bjkpdum1" && p.Status == "RUNNING");
        Assert.Contains(groups.ProxyGroupList, g => g.GroupId == "lg-bjkpdum1" && g.Status == "RUNNING");
    }

    [Fact]
    public async Task A_change_that_breaks_a_rule_of_the_listener_as_changed_is_refused()
    {
        await using var fixture = await EmulatorFixture.StartAsync();
        var client = fixture.Client();
        var id = (await client.CreateTCPListenersAsync(EmulatorFixture.Request(80))).ListenerIds[0];

        // The request alone is valid (DelayLoop is not set), but the listener's DelayLoop is 20.
        var error = await Assert.ThrowsAsync<GaapApiException>(() => client.ModifyTCPListenerAttributeAsync(
            new ModifyTCPListenerAttributeRequest { ListenerId = id, ProxyId = "link-bjkpdum1", ConnectTimeout = 25 }));

        Assert.Equal(GaapErrorCode.InvalidParameterValue, error.ErrorCode);
    }

    [Fact]
    public async Task Every_other_action_answers_with_its_published_example_and_a_fresh_request_id()
    {
        await using var fixture = await EmulatorFixture.StartAsync();
        var client = fixture.Client();

        var first = await client.DescribeAccessRegionsAsync(new DescribeAccessRegionsRequest());
        var second = await client.DescribeAccessRegionsAsync(new DescribeAccessRegionsRequest());

        Assert.NotEmpty(first.AccessRegionSet);
        Assert.NotEqual(first.RequestId, second.RequestId);
        Assert.Equal(first with { RequestId = second.RequestId }, second);
    }

    [Fact]
    public async Task Any_action_reads_its_request_as_the_service_does()
    {
        await using var fixture = await EmulatorFixture.StartAsync();
        var client = fixture.Client(o => o.ValidateRequests = false);
        var port = Environment.ProcessorCount > 0 ? 70_000 : 1;

        // The point is the server's answer to a request the analyzer would stop at compile time.
#pragma warning disable TCAPI1013
        var missing = await Assert.ThrowsAsync<GaapApiException>(() => client.DescribeTCPListenersAsync(new DescribeTCPListenersRequest()));
#pragma warning restore TCAPI1013
        var invalid = await Assert.ThrowsAsync<GaapApiException>(() => client.BindListenerRealServersAsync(new BindListenerRealServersRequest
        {
            ListenerId = "listener-1",
            RealServerBindSet = [new RealServerBindSetReq { RealServerId = "rs-1", RealServerIP = "10.0.0.1", RealServerPort = port }],
        }));

        Assert.Equal(("InvalidParameter", true), (missing.RawCode, missing.ServerMessage.Contains("ProxyId, GroupId, ListenerId")));
        Assert.Equal(("InvalidParameterValue", true), (invalid.RawCode, invalid.ServerMessage.Contains("/RealServerBindSet/0/RealServerPort")));
    }
}
