using System;

namespace TcApi.Client.Waiting;

/// <summary>How a generated <c>WaitUntil…Async</c> polls; unset values take the spec's defaults for that waiter.</summary>
public sealed class WaiterOptions
{
    /// <summary>
    /// How long to wait in all before giving up with <see cref="WaiterTimeoutException"/>. The last poll comes at the
    /// deadline, or one <see cref="Delay"/> after it when less than that was left.
    /// </summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>
    /// The pause after the first poll, and the shortest pause there is: each later pause is twice the previous, up to
    /// <see cref="MaxDelay"/>, and none is shorter, however close the timeout.
    /// </summary>
    public TimeSpan? Delay { get; set; }

    /// <summary>The longest pause between two polls.</summary>
    public TimeSpan? MaxDelay { get; set; }

    /// <summary>The clock the pauses and the timeout use (tests pass a fake one).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
