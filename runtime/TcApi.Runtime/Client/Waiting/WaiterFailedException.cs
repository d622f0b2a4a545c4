using TcApi.Errors;

namespace TcApi.Client.Waiting;

/// <summary>A waiter saw a terminal state from which the awaited one is never reached.</summary>
public sealed class WaiterFailedException : TencentCloudException
{
    /// <summary>Creates the exception; <paramref name="response"/> is the answer that showed the terminal state.</summary>
    public WaiterFailedException(string action, string waiter, object response)
        : base(action, $"{waiter}: {action} reports a state from which it is never reached.")
    {
        Waiter = waiter;
        Response = response;
    }

    /// <summary>The waiter's name.</summary>
    public string Waiter { get; }

    /// <summary>The response that showed the terminal state.</summary>
    public object Response { get; }
}
