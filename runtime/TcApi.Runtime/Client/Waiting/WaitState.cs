namespace TcApi.Client.Waiting;

/// <summary>What one poll of a waiter found.</summary>
public enum WaitState
{
    /// <summary>Not there yet: poll again.</summary>
    Pending,

    /// <summary>The awaited state is reached.</summary>
    Done,

    /// <summary>A terminal state that will never become the awaited one.</summary>
    Failed,
}
