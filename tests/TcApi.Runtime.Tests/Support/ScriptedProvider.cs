using TcApi.Credentials;
using TcApi.Signing;

namespace TcApi.Runtime.Tests.Support;

/// <summary>A refreshing provider whose fetch is scripted and counted, optionally held at a gate until released.</summary>
public sealed class ScriptedProvider(CredentialRefreshOptions refresh, Func<int, Credential> fetch) : RefreshingCredentialProvider(refresh)
{
    private int _fetches;

    public int Fetches => Volatile.Read(ref _fetches);

    /// <summary>When set, each fetch waits for it.</summary>
    public TaskCompletionSource? Gate { get; set; }

    public override string ToString() => "scripted provider";

    protected override async Task<Credential> FetchAsync(CancellationToken cancellationToken)
    {
        var number = Interlocked.Increment(ref _fetches);
        if (Gate is { } gate)
        {
            await gate.Task;
        }

        return fetch(number);
    }
}
