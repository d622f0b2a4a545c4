using System.Collections.Concurrent;
using System.Diagnostics;
using TcApi.Emulator;
using TcApi.Telemetry;

namespace TcApi.Client.Tests.Client;

public class RateLimitTests
{
    [Fact]
    public async Task Two_hundred_concurrent_calls_all_complete_and_the_client_sends_at_most_20_in_any_second()
    {
        await using var fixture = await EmulatorFixture.StartAsync(new EmulatorOptions { ListenerLimit = 1000 });
        var port = fixture.Emulator.Address.Port;
        var sent = new ConcurrentQueue<long>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == TcApiDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                // Attempt spans start once the limiter has granted a permit: their start times are the client's sending times.
                if (activity.Parent?.GetTagItem("server.port") is int p && p == port)
                {
                    sent.Enqueue(activity.StartTimeUtc.Ticks);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        var client = fixture.Client();

        var responses = await Task.WhenAll(Enumerable.Range(1, 200).Select(port => client.CreateTCPListenersAsync(EmulatorFixture.Request(port))));

        Assert.Equal(200, responses.Length);
        Assert.Equal(200, fixture.Emulator.State.Listeners.Select(l => l.Port).Distinct().Count());
        Assert.InRange(fixture.Emulator.PeakCallsPerSecond, 1, 20);
        // Network and scheduling delays can bunch arrivals at the server (a rejection is then retried); what the client
        // itself controls is when it sends. Measured over 0.9 s so a thread's late start cannot fake a burst.
        Assert.InRange(MostWithin(sent.Order().ToList(), TimeSpan.FromMilliseconds(900)), 1, 20);
    }

    private static int MostWithin(List<long> timestamps, TimeSpan span)
    {
        var ticks = span.Ticks;
        var most = 0;
        for (int first = 0, last = 0; last < timestamps.Count; last++)
        {
            while (timestamps[last] - timestamps[first] >= ticks)
            {
                first++;
            }

            most = Math.Max(most, last - first + 1);
        }

        return most;
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
