using System.Collections.Concurrent;
using TcApi.Emulator;
using TcApi.Gaap.V20180529;

namespace TcApi.Client.Tests.Robustness;

/// <summary>
/// 2,000 calls from 50 concurrent clients with random valid and invalid requests: every answer is a success or the
/// documented error for that input, no listener is created twice, no port is lost, and the emulator's state is exactly
/// what the successful answers say.
/// </summary>
public class EmulatorLoadTests
{
    private static readonly string[] Owners = ["link-bjkpdum1", "lg-bjkpdum1", "link-stopped1", "link-unknown"];

    [Fact]
    public async Task Two_thousand_calls_from_fifty_clients()
    {
        // The documented 20 calls per second would make this a 100-second test; the limit has its own tests.
        await using var emulator = await GaapEmulator.StartAsync(new EmulatorOptions { ListenerLimit = 100_000, RateLimitPerSecond = 100_000 });
        using var http = new HttpClient();
        var outcomes = new ConcurrentBag<(string Owner, int[] Ports, bool Invalid, string Result, IReadOnlyList<string> Ids)>();

        await Task.WhenAll(Enumerable.Range(0, 50).Select(async clientIndex =>
        {
            var random = new Random(clientIndex);
            var client = new GaapClient(http, emulator.Credential, new TcApi.Client.TencentCloudClientOptions
            {
                Endpoint = emulator.Address.ToString(),
                RateLimiting = false,
                ValidateRequests = false,
                Retry = { MaxAttempts = 1 },
            });
            for (var call = 0; call < 40; call++)
            {
                var owner = Owners[random.Next(10) switch { < 4 => 0, < 8 => 1, 8 => 2, _ => 3 }];
                var ports = Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(1, 400)).Distinct().ToArray();
                var invalid = random.Next(8) == 0;
                var request = new CreateTCPListenersRequest
                {
                    ListenerName = "load",
                    Ports = ports,
                    Scheduler = Scheduler.RoundRobin,
                    HealthCheck = true,
                    RealServerType = RealServerType.Ip,
                    ProxyId = owner.StartsWith("link", StringComparison.Ordinal) ? owner : null,
                    GroupId = owner.StartsWith("lg", StringComparison.Ordinal) ? owner : null,
                    DelayLoop = invalid ? 400 : 20,
                };
                try
                {
                    var response = await client.CreateTCPListenersAsync(request);
                    outcomes.Add((owner, ports, invalid, "ok", response.ListenerIds));
                }
                catch (GaapApiException e)
                {
                    outcomes.Add((owner, ports, invalid, e.RawCode, []));
                }
            }
        }));

        Assert.Equal(2000, outcomes.Count);
        Assert.Equal(2000, emulator.RequestCount);
        foreach (var outcome in outcomes)
        {
            var expected = outcome.Invalid ? ["InvalidParameterValue"]
                : outcome.Owner == "link-stopped1" ? ["FailedOperation.ProxyStatusNotInRuning"]
                : outcome.Owner == "link-unknown" ? ["ResourceNotFound"]
                : new[] { "ok", "InvalidParameterValue.DuplicatedListenerPort" };
            Assert.Contains(outcome.Result, expected);
            if (outcome.Result == "ok")
            {
                Assert.Equal(outcome.Ports.Length, outcome.Ids.Count);
            }
        }

        var created = outcomes.Where(o => o.Result == "ok").SelectMany(o => o.Ids.Zip(o.Ports, (id, port) => (Id: id, o.Owner, Port: port))).ToList();
        var state = emulator.State.Listeners;
        Assert.Equal(created.Count, created.Select(c => c.Id).Distinct().Count());
        Assert.Equal(state.Count, state.Select(l => (l.OwnerId, l.Port)).Distinct().Count());
        Assert.Equal(created.Select(c => (c.Id, c.Owner, c.Port)).Order(), state.Select(l => (l.ListenerId, l.OwnerId, l.Port)).Order());
        Assert.Contains(outcomes, o => o.Result == "InvalidParameterValue.DuplicatedListenerPort");
        Assert.Contains(outcomes, o => o.Result == "ok");
    }
}
