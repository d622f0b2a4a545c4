using System;
using TcApi.Errors;

namespace TcApi.Client.Waiting;

/// <summary>A waiter polled until its timeout without reaching the awaited state.</summary>
public sealed class WaiterTimeoutException : TencentCloudException
{
    /// <summary>Creates the exception for the waiter <paramref name="waiter"/> of <paramref name="action"/>.</summary>
    public WaiterTimeoutException(string action, string waiter, TimeSpan timeout, int polls)
        : base(action, $"{waiter}: not reached after {timeout.TotalSeconds:0.###} s ({polls} calls of {action}).")
    {
        Waiter = waiter;
        Timeout = timeout;
        Polls = polls;
    }

    /// <summary>The waiter's name.</summary>
    public string Waiter { get; }

    /// <summary>How long it waited.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>How many times it called the action.</summary>
    public int Polls { get; }
}
