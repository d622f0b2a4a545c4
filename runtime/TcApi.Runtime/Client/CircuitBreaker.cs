using System;

namespace TcApi.Client;

/// <summary>The state of an endpoint's circuit breaker.</summary>
internal enum CircuitState
{
    /// <summary>Attempts go to the endpoint.</summary>
    Closed,

    /// <summary>The endpoint failed too often: attempts go elsewhere until the pause has passed.</summary>
    Open,

    /// <summary>The pause has passed and one trial attempt is under way; the others still go elsewhere.</summary>
    HalfOpen,
}

/// <summary>A change of a breaker's state, to trace, count and log.</summary>
internal readonly record struct CircuitTransition(CircuitState From, CircuitState To);

/// <summary>
/// One endpoint's circuit breaker: opens after <see cref="CircuitBreakerOptions.FailureThreshold"/> consecutive failed
/// attempts, lets one trial through after <see cref="CircuitBreakerOptions.BreakDuration"/>, and closes when it succeeds.
/// Thread-safe; the lock is held for a few field updates only.
/// </summary>
internal sealed class CircuitBreaker(TimeProvider time, int failureThreshold, TimeSpan breakDuration)
{
    private readonly object _gate = new();
    private CircuitState _state;
    private int _failures;
    private DateTimeOffset _openedAt;

    public CircuitState State
    {
        get
        {
            lock (_gate)
            {
                return _state;
            }
        }
    }

    /// <summary>
    /// Whether an attempt may go to the endpoint now; <paramref name="trial"/> when it is the half-open trial (then
    /// <paramref name="transition"/> says the breaker went half-open).
    /// </summary>
    public bool TryEnter(out bool trial, out CircuitTransition? transition)
    {
        trial = false;
        transition = null;
        lock (_gate)
        {
            switch (_state)
            {
                case CircuitState.Closed:
                    return true;
                case CircuitState.Open when time.GetUtcNow() - _openedAt >= breakDuration:
                    _state = CircuitState.HalfOpen;
                    trial = true;
                    transition = new CircuitTransition(CircuitState.Open, CircuitState.HalfOpen);
                    return true;
                default:
                    return false;
            }
        }
    }

    /// <summary>The endpoint answered (whatever the answer said, short of a 5xx).</summary>
    public CircuitTransition? Succeeded(bool trial)
    {
        lock (_gate)
        {
            if (trial && _state == CircuitState.HalfOpen)
            {
                _state = CircuitState.Closed;
                _failures = 0;
                return new CircuitTransition(CircuitState.HalfOpen, CircuitState.Closed);
            }

            if (_state == CircuitState.Closed)
            {
                _failures = 0;
            }

            return null;
        }
    }

    /// <summary>The attempt failed in transport, timed out, or was answered with a 5xx.</summary>
    public CircuitTransition? Failed(bool trial)
    {
        lock (_gate)
        {
            if (trial && _state == CircuitState.HalfOpen)
            {
                _state = CircuitState.Open;
                _openedAt = time.GetUtcNow();
                return new CircuitTransition(CircuitState.HalfOpen, CircuitState.Open);
            }

            // An attempt begun before the breaker opened says nothing new about an open endpoint.
            if (_state == CircuitState.Closed && ++_failures >= failureThreshold)
            {
                _state = CircuitState.Open;
                _openedAt = time.GetUtcNow();
                return new CircuitTransition(CircuitState.Closed, CircuitState.Open);
            }

            return null;
        }
    }

    /// <summary>The trial ended without a verdict (the caller cancelled): the next attempt may try again at once.</summary>
    public void Abandoned(bool trial)
    {
        lock (_gate)
        {
            if (trial && _state == CircuitState.HalfOpen)
            {
                _state = CircuitState.Open;
            }
        }
    }
}
