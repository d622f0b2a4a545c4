using System;

namespace TcApi.Client;

/// <summary>Bounded retries with exponential back-off and jitter.</summary>
public sealed class RetryOptions
{
    /// <summary>Attempts in all, the first included. 1 turns retries off. Default 3.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The delay before the first retry; it doubles for each further one. Default 200 ms.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest delay between attempts. Default 5 s.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Whether each delay is drawn at random from its upper half, so clients do not retry in step. Default on.</summary>
    public bool Jitter { get; set; } = true;

    /// <summary>A copy of these settings.</summary>
    public RetryOptions Clone() => (RetryOptions)MemberwiseClone();
}
