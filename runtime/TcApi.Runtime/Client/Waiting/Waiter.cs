using System;
using System.Threading;
using System.Threading.Tasks;

namespace TcApi.Client.Waiting;

/// <summary>
/// Polls an action until a response shows the awaited state: with pauses that double up to a cap, within a timeout,
/// on the options' clock. No pause is shorter than the first: when less than that is left, one last poll follows it,
/// then the timeout. Each poll is an ordinary call (validated, rate-limited, retried). Generated waiters use it.
/// </summary>
public static class Waiter
{
    /// <summary>Polls <paramref name="poll"/> until <paramref name="check"/> says done; returns that response.</summary>
    /// <exception cref="WaiterFailedException">A response showed a terminal state.</exception>
    /// <exception cref="WaiterTimeoutException">The timeout passed first.</exception>
    public static async Task<TResponse> WaitAsync<TResponse>(
        string action,
        string waiter,
        Func<CancellationToken, Task<TResponse>> poll,
        Func<TResponse, WaitState> check,
        WaiterDefaults defaults,
        WaiterOptions? options,
        CancellationToken cancellationToken)
        where TResponse : class
    {
        if (poll is null)
        {
            throw new ArgumentNullException(nameof(poll));
        }

        if (check is null)
        {
            throw new ArgumentNullException(nameof(check));
        }

        var time = options?.TimeProvider ?? TimeProvider.System;
        var timeout = options?.Timeout ?? defaults.Timeout;
        var delay = options?.Delay ?? defaults.Delay;
        var maxDelay = options?.MaxDelay ?? defaults.MaxDelay;
        var shortest = delay < maxDelay ? delay : maxDelay;
        var started = time.GetTimestamp();
        var last = false;
        for (var polls = 1; ; polls++)
        {
            var response = await poll(cancellationToken).ConfigureAwait(false);
            switch (check(response))
            {
                case WaitState.Done:
                    return response;
                case WaitState.Failed:
                    throw new WaiterFailedException(action, waiter, response);
            }

            var left = timeout - time.GetElapsedTime(started);
            if (last || left <= TimeSpan.Zero)
            {
                throw new WaiterTimeoutException(action, waiter, timeout, polls);
            }

            // Up to the deadline, but never shorter than the shortest pause: the poll after a pause that reaches the
            // deadline is the last, whatever a timer that fired a little early makes the clock say.
            var pause = delay < left ? delay : left;
            if (pause < shortest)
            {
                pause = shortest;
            }

            last = pause >= left;
            await DelayAsync(time, pause, cancellationToken).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, maxDelay.Ticks));
        }
    }

    /// <summary>A pause on <paramref name="time"/>'s clock (Task.Delay takes a TimeProvider only from .NET 8).</summary>
    private static Task DelayAsync(TimeProvider time, TimeSpan delay, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var timer = time.CreateTimer(static state => ((TaskCompletionSource<bool>)state!).TrySetResult(true), done, delay, Timeout.InfiniteTimeSpan);
        var registration = cancellationToken.Register(static state => ((TaskCompletionSource<bool>)state!).TrySetCanceled(), done);
        return done.Task.ContinueWith(
            task =>
            {
                timer.Dispose();
                registration.Dispose();
                return task;
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default).Unwrap();
    }
}

/// <summary>A waiter's defaults from its spec: timeout, first pause, longest pause.</summary>
public readonly record struct WaiterDefaults(TimeSpan Timeout, TimeSpan Delay, TimeSpan MaxDelay);
