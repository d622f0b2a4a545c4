using Microsoft.Extensions.Time.Testing;
using TcApi.Client.Waiting;

namespace TcApi.Runtime.Tests.Client;

/// <summary>
/// The pauses of a waiter, on a fake clock that records each one: doubling from the first up to the longest, never
/// shorter than the first however close the timeout, and one last poll at the deadline — never a burst of polls.
/// </summary>
public class WaiterPauseTests
{
    private static readonly WaiterDefaults Defaults = new(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(8));

    [Fact]
    public async Task Pauses_double_up_to_the_longest_and_the_last_one_ends_at_the_timeout()
    {
        var clock = new RecordingClock();

        var timeout = await Assert.ThrowsAsync<WaiterTimeoutException>(() => Wait(clock, pollTakes: TimeSpan.Zero, Defaults with { Timeout = TimeSpan.FromSeconds(40) }));

        Assert.Equal([1, 2, 4, 8, 8, 8, 8, 1], clock.Pauses.Select(p => p.TotalSeconds));
        Assert.Equal(9, timeout.Polls);
    }

    [Fact]
    public async Task Near_the_timeout_a_pause_is_never_shorter_than_the_first_and_one_last_poll_follows()
    {
        // Polls take 0.5 s: after pauses of 1, 2 and 4 s, 0.2 s of the 9.2 s are left — less than the shortest pause.
        var clock = new RecordingClock();

        var timeout = await Assert.ThrowsAsync<WaiterTimeoutException>(() => Wait(clock, pollTakes: TimeSpan.FromMilliseconds(500), Defaults with { Timeout = TimeSpan.FromSeconds(9.2) }));

        Assert.Equal([1, 2, 4, 1], clock.Pauses.Select(p => p.TotalSeconds));
        Assert.Equal(5, timeout.Polls);
    }

    [Fact]
    public async Task A_timer_that_fires_a_little_early_does_not_make_a_burst_of_polls_at_the_deadline()
    {
        // Real timers may fire a millisecond before the clock the timeout is read from says the pause is over.
        var clock = new RecordingClock { FiresEarlyBy = TimeSpan.FromMilliseconds(1) };

        var timeout = await Assert.ThrowsAsync<WaiterTimeoutException>(() => Wait(clock, pollTakes: TimeSpan.Zero, Defaults));

        Assert.All(clock.Pauses, p => Assert.True(p >= TimeSpan.FromSeconds(1), $"a pause of {p.TotalMilliseconds} ms"));
        Assert.Equal(clock.Pauses.Count + 1, timeout.Polls);
        Assert.Equal(5, timeout.Polls);
    }

    [Fact]
    public async Task A_state_reached_at_the_last_poll_is_returned()
    {
        var clock = new RecordingClock();
        var polls = 0;

        var answer = await Waiter.WaitAsync(
            "Describe",
            "Ready",
            _ =>
            {
                polls++;
                return Task.FromResult(polls == 5 ? "done" : "pending");
            },
            state => state == "done" ? WaitState.Done : WaitState.Pending,
            Defaults,
            new WaiterOptions { TimeProvider = clock },
            CancellationToken.None);

        Assert.Equal("done", answer);
        Assert.Equal([1, 2, 4, 3], clock.Pauses.Select(p => p.TotalSeconds));
    }

    private static Task<string> Wait(RecordingClock clock, TimeSpan pollTakes, WaiterDefaults defaults)
    {
        var polls = 0;
        return Waiter.WaitAsync(
            "Describe",
            "Ready",
            _ =>
            {
                // A burst that never ends must fail the test, not hang it.
                Assert.True(++polls <= 50, "the waiter polled more than 50 times");
                clock.Advance(pollTakes);
                return Task.FromResult("pending");
            },
            _ => WaitState.Pending,
            defaults,
            new WaiterOptions { TimeProvider = clock },
            CancellationToken.None);
    }

    /// <summary>A fake clock that records the due time of each timer and moves itself forward to fire it.</summary>
    private sealed class RecordingClock : FakeTimeProvider
    {
        public RecordingClock()
            : base(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero))
        {
        }

        public List<TimeSpan> Pauses { get; } = new();

        public TimeSpan FiresEarlyBy { get; init; }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            Pauses.Add(dueTime);
            var timer = base.CreateTimer(callback, state, dueTime, period);
            var early = dueTime > FiresEarlyBy ? dueTime - FiresEarlyBy : TimeSpan.Zero;
            Advance(early);
            if (early < dueTime)
            {
                // The timer is due only at dueTime on this clock; fire it now as an early real timer would.
                callback(state);
            }

            return timer;
        }
    }
}
