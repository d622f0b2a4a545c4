using Microsoft.Extensions.Time.Testing;
using TcApi.Client;
using TcApi.Credentials;
using TcApi.Errors;
using TcApi.Runtime.Tests.Support;
using TcApi.Signing;

namespace TcApi.Runtime.Tests.Client;

public class ClientCredentialTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task Every_attempt_signs_with_what_the_provider_gives_then_so_a_retry_uses_the_refreshed_key()
    {
        var handler = new FakeHandler().Error("RequestLimitExceeded").Success();
        var provider = new ScriptedProvider(new CredentialRefreshOptions { TimeProvider = _time }, n =>
            new Credential($"AKIDround{n}", Secrets.Key, Secrets.Token + n, _time.GetUtcNow().AddMinutes(10)));
        // The first attempt's key comes within the refresh margin while the service answers.
        handler.OnSend = () => _time.Advance(TimeSpan.FromMinutes(6));
        var client = new PingClient(new HttpClient(handler), provider, Options());

        await client.PingAsync(new PingRequest());

        Assert.Collection(
            handler.Requests,
            first => Assert.Equal(("AKIDround1", Secrets.Token + "1"), (SecretIdOf(first), first.Headers["X-TC-Token"])),
            second => Assert.Equal(("AKIDround2", Secrets.Token + "2"), (SecretIdOf(second), second.Headers["X-TC-Token"])));
    }

    [Fact]
    public async Task A_key_that_has_expired_is_never_used_to_sign()
    {
        var handler = new FakeHandler();
        var expired = new Credential("AKIDold", Secrets.Key, Secrets.Token, _time.GetUtcNow().AddSeconds(-1));
        var client = new PingClient(new HttpClient(handler), new FixedProvider(expired), Options());

        var error = await Assert.ThrowsAsync<CredentialExpiredException>(() => client.PingAsync(new PingRequest()));

        Assert.Empty(handler.Requests);
        Assert.Equal("fixed provider", error.Provider);
        Secrets.AssertAbsent(error.ToString());
    }

    [Fact]
    public async Task A_credential_failure_is_not_retried_and_reaches_the_caller_typed()
    {
        var handler = new FakeHandler();
        var chain = new CredentialChain(new FixedProvider(null));

        var error = await Assert.ThrowsAsync<CredentialNotFoundException>(() => new PingClient(new HttpClient(handler), chain, Options()).PingAsync(new PingRequest()));

        Assert.Empty(handler.Requests);
        Assert.Equal("fixed provider", Assert.Single(error.Attempts).Provider);
    }

    [Fact]
    public async Task Anonymous_requests_are_sent_unsigned_without_a_token()
    {
        var handler = new FakeHandler();

        await new PingClient(new HttpClient(handler), AnonymousCredentialProvider.Instance, Options()).PingAsync(new PingRequest());

        var request = Assert.Single(handler.Requests);
        Assert.Equal("SKIP", request.Headers["Authorization"]);
        Assert.False(request.Headers.ContainsKey("X-TC-Token"));
    }

    [Fact]
    public async Task The_credential_constructor_still_signs_with_that_credential()
    {
        var handler = new FakeHandler();
        var core = new TencentCloudClient(new HttpClient(handler), new Credential("AKIDfixed", Secrets.Key), Options(), PingClient.DefaultEndpoint);

        await core.SendAsync(new PingRequest(), new PingRequest().Action, PingResponse.Read);

        Assert.StartsWith("TC3-HMAC-SHA256 Credential=AKIDfixed/", Assert.Single(handler.Requests).Headers["Authorization"]);
    }

    [Fact]
    public void A_copy_of_the_options_has_the_same_settings_and_its_own_retry_settings()
    {
        var options = new TencentCloudClientOptions { Region = "ap-guangzhou", Timeout = TimeSpan.FromSeconds(3), LogBodies = true };
        options.Retry.MaxAttempts = 5;

        var copy = options.Clone();
        copy.Retry.MaxAttempts = 1;

        Assert.Equal(("ap-guangzhou", TimeSpan.FromSeconds(3), true), (copy.Region, copy.Timeout, copy.LogBodies));
        Assert.Equal(5, options.Retry.MaxAttempts);
        Assert.NotSame(options.SharedState, copy.SharedState);
    }

    private TencentCloudClientOptions Options() => new()
    {
        TimeProvider = _time,
        // The fake clock jumps minutes while a request is "in flight"; the attempt timeout must not fire.
        Timeout = TimeSpan.FromHours(1),
        RateLimiting = false,
        Retry = new RetryOptions { MaxAttempts = 3, BaseDelay = TimeSpan.Zero, Jitter = false },
    };

    private static string SecretIdOf(RecordedRequest request) =>
        request.Headers["Authorization"].Split("Credential=")[1].Split('/')[0];

    private sealed class FixedProvider(Credential? credential) : ICredentialProvider
    {
        public ValueTask<Credential> GetCredentialAsync(CancellationToken cancellationToken = default) =>
            credential is null ? throw new CredentialUnavailableException(ToString(), "nothing configured") : new(credential);

        public override string ToString() => "fixed provider";
    }
}
