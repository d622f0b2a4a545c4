using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TcApi.Client;
using TcApi.Credentials;
using TcApi.Errors;
using TcApi.Runtime.Tests.Support;
using TcApi.Signing;

namespace TcApi.Runtime.Tests.Telemetry;

public class LoggingTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly LogCollector _log = new();

    [Fact]
    public async Task A_retry_is_logged_with_its_reason_and_delay()
    {
        var handler = new FakeHandler().Error("RequestLimitExceeded").Success();
        var call = Client(handler, o => o.Retry = new RetryOptions { BaseDelay = TimeSpan.FromMilliseconds(200), Jitter = false }).PingAsync(new PingRequest());
        await RefreshingCredentialProviderTestsWait(() => _log.Lines.Any(l => l.EventId == 1));
        _time.Advance(TimeSpan.FromMilliseconds(200));
        await call;

        var line = Assert.Single(_log.Lines, l => l.EventId == 1);
        Assert.Equal((TcApi.Telemetry.TcApiDiagnostics.ClientLogCategory, LogLevel.Warning), (line.Category, line.Level));
        Assert.Equal("ping/Ping: attempt 1 failed with RequestLimitExceeded; retrying in 200 ms.", line.Message);
    }

    [Fact]
    public async Task Signing_again_after_clock_skew_is_logged_with_the_skew()
    {
        var serverNow = _time.GetUtcNow().AddMinutes(10);
        var handler = new FakeHandler().Error("AuthFailure.SignatureExpire", serverNow).Success();

        await Client(handler).PingAsync(new PingRequest());

        var line = Assert.Single(_log.Lines, l => l.EventId == 2);
        Assert.Equal("ping/Ping: the signature expired because the local clock is 600 s off the service's; signing again with the service's time.", line.Message);
        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(serverNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), handler.Requests[1].Headers["X-TC-Timestamp"]);
    }

    [Fact]
    public async Task Bodies_are_not_logged_unless_asked_for()
    {
        await Client(new FakeHandler()).PingAsync(new PingRequest("private message"));

        Assert.DoesNotContain(_log.Lines, l => l.Message.Contains("private message", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bodies_are_logged_when_asked_for()
    {
        await Client(new FakeHandler(), o => o.LogBodies = true).PingAsync(new PingRequest("visible message"));

        Assert.Equal("ping/Ping: request body {\"Message\":\"visible message\"}", Assert.Single(_log.Lines, l => l.EventId == 4).Message);
        Assert.Equal("ping/Ping: response body {\"Response\":{\"RequestId\":\"req-1\"}}", Assert.Single(_log.Lines, l => l.EventId == 5).Message);
    }

    [Fact]
    public async Task No_log_line_and_no_exception_shows_a_key_or_a_token()
    {
        var provider = new ScriptedProvider(new CredentialRefreshOptions { TimeProvider = _time, LoggerFactory = _log }, n => n switch
        {
            1 => new Credential("AKIDlog", Secrets.Key, Secrets.Token, _time.GetUtcNow().AddMinutes(10)),
            _ => throw new CredentialRefreshException("scripted provider", "STS refused"),
        });
        var handler = new FakeHandler().Error("RequestLimitExceeded").Error("AuthFailure.SignatureExpire", _time.GetUtcNow().AddHours(1)).Error("InvalidParameter");
        var messages = new List<string>();
        var client = new PingClient(new HttpClient(handler), provider, Options(o => o.LogBodies = true));
        try
        {
            await client.PingAsync(new PingRequest());
        }
        catch (TencentCloudException e)
        {
            messages.Add(e.ToString());
        }

        // Within the refresh margin: the refresh fails, the current key (4 minutes left) is kept and logged.
        _time.Advance(TimeSpan.FromMinutes(6));
        await client.PingAsync(new PingRequest());
        // Past the expiry: the failure reaches the caller.
        _time.Advance(TimeSpan.FromMinutes(5));
        messages.Add((await Assert.ThrowsAsync<CredentialRefreshException>(() => client.PingAsync(new PingRequest()))).ToString());

        Assert.Contains(_log.Lines, l => l.EventId == 100);
        Assert.Contains(_log.Lines, l => l.EventId == 101);
        Assert.Contains(_log.Lines, l => l.EventId == 102);
        Assert.Contains(_log.Lines, l => l.EventId == 4);
        Assert.Equal(2, messages.Count);
        Assert.All(_log.Lines, l => Secrets.AssertAbsent(l.Message));
        Assert.All(messages, Secrets.AssertAbsent);
    }

    private PingClient Client(FakeHandler handler, Action<TencentCloudClientOptions>? configure = null) =>
        new(new HttpClient(handler), new Credential("AKIDlog", Secrets.Key, Secrets.Token), Options(configure));

    private TencentCloudClientOptions Options(Action<TencentCloudClientOptions>? configure = null)
    {
        var options = new TencentCloudClientOptions
        {
            LoggerFactory = _log,
            TimeProvider = _time,
            RateLimiting = false,
            Retry = new RetryOptions { MaxAttempts = 3, BaseDelay = TimeSpan.Zero, Jitter = false },
        };
        configure?.Invoke(options);
        return options;
    }

    private static Task RefreshingCredentialProviderTestsWait(Func<bool> condition) => Credentials.RefreshingCredentialProviderTests.WaitUntil(condition);
}
