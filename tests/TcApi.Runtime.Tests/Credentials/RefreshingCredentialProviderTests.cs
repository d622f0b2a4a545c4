using Microsoft.Extensions.Time.Testing;
using TcApi.Credentials;
using TcApi.Errors;
using TcApi.Runtime.Tests.Support;
using TcApi.Signing;

namespace TcApi.Runtime.Tests.Credentials;

public class RefreshingCredentialProviderTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Hands_out_the_cached_credentials_until_they_come_within_the_refresh_margin()
    {
        var provider = Provider();

        var first = await provider.GetCredentialAsync();
        _time.Advance(Lifetime - TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        var stillFirst = await provider.GetCredentialAsync();
        _time.Advance(TimeSpan.FromSeconds(1));
        var second = await provider.GetCredentialAsync();

        Assert.Same(first, stillFirst);
        Assert.Equal(("AKID1", "AKID2"), (first.SecretId, second.SecretId));
        Assert.Equal(2, provider.Fetches);
    }

    [Fact]
    public async Task The_cached_answer_is_synchronous()
    {
        var provider = Provider();
        await provider.GetCredentialAsync();

        Assert.True(provider.GetCredentialAsync().IsCompletedSuccessfully);
    }

    [Fact]
    public async Task A_hundred_concurrent_calls_across_a_refresh_cause_exactly_one_refresh()
    {
        var provider = Provider();
        var before = await provider.GetCredentialAsync();
        _time.Advance(Lifetime - TimeSpan.FromMinutes(4));
        provider.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var calls = Enumerable.Range(0, 100).Select(_ => Task.Run(() => provider.GetCredentialAsync().AsTask())).ToArray();
        await WaitUntil(() => provider.Fetches == 2);
        provider.Gate.SetResult();
        var results = await Task.WhenAll(calls);

        Assert.Equal(2, provider.Fetches);
        Assert.All(results, r => Assert.Equal("AKID2", r.SecretId));
        Assert.Single(results.Distinct());
        Assert.NotSame(before, results[0]);
    }

    [Fact]
    public async Task A_hundred_concurrent_first_calls_cause_exactly_one_fetch()
    {
        var provider = Provider();
        provider.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var calls = Enumerable.Range(0, 100).Select(_ => Task.Run(() => provider.GetCredentialAsync().AsTask())).ToArray();
        await WaitUntil(() => provider.Fetches == 1);
        provider.Gate.SetResult();
        await Task.WhenAll(calls);

        Assert.Equal(1, provider.Fetches);
    }

    [Fact]
    public async Task A_failed_refresh_keeps_the_current_credentials_while_they_are_valid_and_retries_after_the_interval()
    {
        var fail = false;
        var log = new LogCollector();
        var provider = new ScriptedProvider(Options(log), n => fail ? throw new HttpRequestException("metadata down") : Temporary(n));
        var first = await provider.GetCredentialAsync();
        _time.Advance(Lifetime - TimeSpan.FromMinutes(4));
        fail = true;

        var kept = await provider.GetCredentialAsync();
        _time.Advance(TimeSpan.FromSeconds(9));
        var keptWithoutTrying = await provider.GetCredentialAsync();
        _time.Advance(TimeSpan.FromSeconds(1));
        fail = false;
        var refreshed = await provider.GetCredentialAsync();

        Assert.Same(first, kept);
        Assert.Same(first, keptWithoutTrying);
        Assert.Equal("AKID3", refreshed.SecretId);
        Assert.Equal(3, provider.Fetches);
        var warning = Assert.Single(log.Lines, l => l.EventId == 101);
        Assert.Contains("scripted provider: refreshing the credentials failed (metadata down)", warning.Message);
    }

    [Fact]
    public async Task A_failed_refresh_of_credentials_within_the_minimum_validity_reaches_every_caller_as_a_typed_exception()
    {
        var fail = false;
        var provider = new ScriptedProvider(Options(), n => fail ? throw new HttpRequestException("metadata down") : Temporary(n));
        await provider.GetCredentialAsync();
        _time.Advance(Lifetime - TimeSpan.FromSeconds(59));
        fail = true;
        provider.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // All ten are waiting for the one refresh before it fails.
        var calls = Enumerable.Range(0, 10).Select(_ => provider.GetCredentialAsync().AsTask()).ToArray();
        provider.Gate.SetResult();

        foreach (var call in calls)
        {
            var error = await Assert.ThrowsAsync<CredentialRefreshException>(() => call);
            Assert.Equal("scripted provider", error.Provider);
            Assert.Equal("Credentials from scripted provider could not be obtained: metadata down", error.Message);
            Assert.IsType<HttpRequestException>(error.InnerException);
        }

        Assert.Equal(2, provider.Fetches);
    }

    [Fact]
    public async Task New_credentials_that_would_expire_within_the_minimum_validity_are_refused()
    {
        var provider = new ScriptedProvider(Options(), _ => new Credential("AKIDshort", Secrets.Key, Secrets.Token, _time.GetUtcNow().AddSeconds(30)));

        var error = await Assert.ThrowsAsync<CredentialRefreshException>(() => provider.GetCredentialAsync().AsTask());

        Assert.Contains("within the minimum validity", error.Reason);
        Secrets.AssertAbsent(error.ToString());
    }

    [Fact]
    public async Task A_caller_that_gives_up_does_not_cancel_the_refresh_the_others_wait_for()
    {
        var provider = Provider();
        provider.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var impatient = new CancellationTokenSource();

        var cancelled = provider.GetCredentialAsync(impatient.Token).AsTask();
        var patient = provider.GetCredentialAsync().AsTask();
        impatient.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        provider.Gate.SetResult();

        Assert.Equal("AKID1", (await patient).SecretId);
        Assert.Equal(1, provider.Fetches);
    }

    [Fact]
    public void Margins_that_contradict_each_other_are_refused()
    {
        var options = new CredentialRefreshOptions { RefreshBefore = TimeSpan.FromSeconds(30), MinimumValidity = TimeSpan.FromMinutes(1) };

        Assert.Throws<ArgumentException>(() => new ScriptedProvider(options, Temporary));
    }

    private ScriptedProvider Provider() => new(Options(), Temporary);

    private CredentialRefreshOptions Options(LogCollector? log = null) => new() { TimeProvider = _time, LoggerFactory = log };

    private Credential Temporary(int number) => new($"AKID{number}", Secrets.Key + number, Secrets.Token + number, _time.GetUtcNow() + Lifetime);

    internal static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not come true within 10 s");
            await Task.Delay(5);
        }
    }
}
