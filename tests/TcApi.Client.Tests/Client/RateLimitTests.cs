using TcApi.Emulator;

namespace TcApi.Client.Tests.Client;

public class RateLimitTests
{
    [Fact]
    public async Task Two_hundred_concurrent_calls_all_complete_within_the_documented_20_per_second()
    {
        await using var fixture = await EmulatorFixture.StartAsync(new EmulatorOptions { ListenerLimit = 1000 });
        var client = fixture.Client(o => o.Retry.MaxAttempts = 1);

        var responses = await Task.WhenAll(Enumerable.Range(1, 200).Select(port => client.CreateTCPListenersAsync(EmulatorFixture.Request(port))));

        Assert.Equal(200, responses.Length);
        Assert.Equal(200, fixture.Emulator.RequestCount);
        Assert.Equal(200, fixture.Emulator.State.Listeners.Select(l => l.Port).Distinct().Count());
        Assert.InRange(fixture.Emulator.PeakCallsPerSecond, 1, 20);
    }

    [Fact]
    public async Task Without_the_limiter_the_emulator_answers_RequestLimitExceeded()
    {
        await using var fixture = await EmulatorFixture.StartAsync(new EmulatorOptions { ListenerLimit = 1000 });
        var client = fixture.Client(o => { o.RateLimiting = false; o.Retry.MaxAttempts = 1; });

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 40).Select(async port =>
        {
            try
            {
                await client.CreateTCPListenersAsync(EmulatorFixture.Request(port));
                return "ok";
            }
            catch (TcApi.Gaap.V20180529.GaapApiException e)
            {
                return e.RawCode;
            }
        }));

        Assert.Contains("RequestLimitExceeded", outcomes);
        Assert.Equal(outcomes.Count(o => o == "ok"), fixture.Emulator.State.Listeners.Count);
    }

    [Fact]
    public async Task Waiting_for_the_limiter_is_cancellable()
    {
        await using var fixture = await EmulatorFixture.StartAsync(new EmulatorOptions { ListenerLimit = 1000 });
        var client = fixture.Client();
        await Task.WhenAll(Enumerable.Range(1, 20).Select(port => client.CreateTCPListenersAsync(EmulatorFixture.Request(port))));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.CreateTCPListenersAsync(EmulatorFixture.Request(21), cancel.Token));
    }
}
