using Microsoft.Extensions.Time.Testing;
using TcApi.Client;
using TcApi.Errors;
using TcApi.Runtime.Tests.Support;
using TcApi.Signing;

namespace TcApi.Runtime.Tests.Telemetry;

public class MetricsTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task The_call_duration_is_measured_in_seconds_on_the_clock_with_the_rpc_attributes()
    {
        using var meters = new MeterCollector();
        var handler = new FakeHandler().Success();
        handler.OnSend = () => _time.Advance(TimeSpan.FromMilliseconds(1500));

        await Client(handler, meters).PingAsync(new PingRequest());

        // OpenTelemetry semantic conventions 1.44.0, as the spans: rpc.client.call.duration in seconds.
        var duration = Assert.Single(meters.Of("rpc.client.call.duration"));
        Assert.Equal(("s", 1.5), (duration.Unit, duration.Value));
        Assert.Equal(
            ["rpc.method", "rpc.system.name", "server.address", "server.port"],
            duration.Tags.Keys.Order());
        Assert.Equal("tencentcloud", duration.Tags["rpc.system.name"]);
        Assert.Equal("ping/Ping", duration.Tags["rpc.method"]);
        Assert.Equal("ping.tencentcloudapi.com", duration.Tags["server.address"]);
        Assert.Equal(443, duration.Tags["server.port"]);
        Assert.Empty(meters.Of("tencentcloud.client.errors"));
    }

    [Fact]
    public async Task Attempts_retries_and_errors_are_counted_by_error_type()
    {
        using var meters = new MeterCollector();
        var handler = new FakeHandler().Error("RequestLimitExceeded").Error("RequestLimitExceeded").Error("RequestLimitExceeded");

        await Assert.ThrowsAsync<TencentCloudApiException>(() => Client(handler, meters).PingAsync(new PingRequest()));

        var attempts = meters.Of("tencentcloud.client.attempts").ToArray();
        Assert.Equal(3, attempts.Length);
        Assert.All(attempts, a => Assert.Equal("RequestLimitExceeded", a.Tags["error.type"]));
        var retries = meters.Of("tencentcloud.client.retries").ToArray();
        Assert.Equal(2, retries.Length);
        Assert.All(retries, r => Assert.Equal("RequestLimitExceeded", r.Tags["error.type"]));
        var error = Assert.Single(meters.Of("tencentcloud.client.errors"));
        Assert.Equal(("RequestLimitExceeded", "ping/Ping", 1.0), (error.Tags["error.type"], error.Tags["rpc.method"], error.Value));
        var duration = Assert.Single(meters.Of("rpc.client.call.duration"));
        Assert.Equal(("RequestLimitExceeded", "RequestLimitExceeded"), (duration.Tags["error.type"], duration.Tags["rpc.response.status_code"]));
    }

    [Fact]
    public async Task The_rate_limiter_wait_is_measured_for_each_attempt_of_a_rate_limited_action()
    {
        using var meters = new MeterCollector();
        var handler = new FakeHandler().Error("InternalError").Success();

        await Client(handler, meters, rateLimiting: true).PingAsync(new PingRequest(rateLimitPerSecond: 1000));

        var waits = meters.Of("tencentcloud.client.rate_limiter.wait_duration").ToArray();
        Assert.Equal(2, waits.Length);
        Assert.All(waits, w => Assert.Equal(("s", "ping/Ping"), (w.Unit, w.Tags["rpc.method"])));
    }

    [Fact]
    public async Task Without_a_rate_limit_nothing_is_waited_for_or_measured()
    {
        using var meters = new MeterCollector();

        await Client(new FakeHandler(), meters, rateLimiting: true).PingAsync(new PingRequest());

        Assert.Empty(meters.Of("tencentcloud.client.rate_limiter.wait_duration"));
        Assert.Single(meters.Of("tencentcloud.client.attempts"));
    }

    private PingClient Client(FakeHandler handler, MeterCollector meters, bool rateLimiting = false) =>
        new(new HttpClient(handler), new Credential("AKIDmetrics", Secrets.Key), new TencentCloudClientOptions
        {
            MeterFactory = meters,
            TimeProvider = _time,
            RateLimiting = rateLimiting,
            Retry = new RetryOptions { MaxAttempts = 3, BaseDelay = TimeSpan.Zero, Jitter = false },
        });
}
