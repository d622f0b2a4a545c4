using System.Net;
using System.Text;
using TcApi.Client;
using TcApi.Client.Waiting;
using TcApi.Signing;
using TcApi.Tests.Nested.V20250101;

namespace TcApi.Binding.Tests.Nested;

/// <summary>Generated waiters: poll until done, fail fast on a terminal state, give up at the timeout.</summary>
public class WaiterTests
{
    private static readonly WaiterOptions Quick = new() { Delay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(4), Timeout = TimeSpan.FromSeconds(10) };

    [Fact]
    public async Task Polls_until_the_status_is_done_and_returns_that_response()
    {
        var service = new TaskService("Running", "Running", "Success");

        var response = await service.Client().WaitUntilTaskSucceededAsync(new GetTaskResultRequest(), Quick);

        Assert.Equal("Success", response.Status);
        Assert.Equal(3, service.Calls);
    }

    [Fact]
    public async Task A_terminal_status_fails_at_once_with_the_response()
    {
        var service = new TaskService("Running", "Failed", "Success");

        var failure = await Assert.ThrowsAsync<WaiterFailedException>(() => service.Client().WaitUntilTaskSucceededAsync(new GetTaskResultRequest(), Quick));

        Assert.Equal(("GetTaskResult", "TaskSucceeded", 2), (failure.Action, failure.Waiter, service.Calls));
        Assert.Equal("Failed", Assert.IsType<GetTaskResultResponse>(failure.Response).Status);
    }

    [Fact]
    public async Task The_timeout_ends_the_wait()
    {
        var service = new TaskService("Running");
        // On a clock that moves only when the waiter pauses, the polls follow from the waiter's arithmetic alone: on the
        // system clock a loaded machine's first poll could outlast the whole timeout (1 poll, failing the test).
        var clock = new PausingClock();
        var options = new WaiterOptions { Delay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromMilliseconds(10), Timeout = TimeSpan.FromMilliseconds(100), TimeProvider = clock };

        var timeout = await Assert.ThrowsAsync<WaiterTimeoutException>(() => service.Client().WaitUntilTaskSucceededAsync(new GetTaskResultRequest(), options));

        Assert.Equal(TimeSpan.FromMilliseconds(100), timeout.Timeout);
        Assert.Equal(service.Calls, timeout.Polls);
        Assert.True(timeout.Polls >= 2, $"{timeout.Polls} polls");
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(90), $"gave up after {clock.Elapsed}");
    }

    [Fact]
    public async Task Cancellation_stops_the_wait()
    {
        var service = new TaskService("Running");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            service.Client().WaitUntilTaskSucceededAsync(new GetTaskResultRequest(), new WaiterOptions { Delay = TimeSpan.FromMilliseconds(5) }, cancel.Token));
    }

    /// <summary>A clock that stands still until the waiter pauses; each pause passes at once and moves it by its length.</summary>
    private sealed class PausingClock : TimeProvider
    {
        private long _ticks;

        public TimeSpan Elapsed => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Read(ref _ticks);

        public override DateTimeOffset GetUtcNow() => new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero) + Elapsed;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            Interlocked.Add(ref _ticks, dueTime.Ticks);
            callback(state);
            return new SpentTimer();
        }

        private sealed class SpentTimer : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => false;

            public void Dispose()
            {
            }

            public ValueTask DisposeAsync() => default;
        }
    }

    /// <summary>A GetTaskResult service whose task shows the given statuses in turn, then stays at the last.</summary>
    private sealed class TaskService(params string[] statuses) : HttpMessageHandler
    {
        public int Calls { get; private set; }

        public NestedClient Client() =>
            new(new HttpClient(this), new Credential("AKIDtest", "secret"), new TencentCloudClientOptions { Endpoint = "https://nested.test", RateLimiting = false });

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var status = statuses[Math.Min(Calls, statuses.Length - 1)];
            Calls++;
            var json = $$$"""{"Response":{"Status":"{{{status}}}","RequestId":"r-{{{Calls}}}"}}""";
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
        }
    }
}
