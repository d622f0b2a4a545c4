using System.Net;
using Microsoft.Extensions.Time.Testing;
using TcApi.Emulator;
using TcApi.Errors;
using TcApi.Gaap.V20180529;

namespace TcApi.Client.Tests.Client;

public class RetryTests
{
    [Fact]
    public async Task Rate_limit_errors_are_retried_with_exponential_back_off_on_the_given_clock()
    {
        await using var fixture = await EmulatorFixture.StartAsync();
        fixture.Emulator.Faults.Enqueue(Fault.ApiError("RequestLimitExceeded"));
        fixture.Emulator.Faults.Enqueue(Fault.ApiError("RequestLimitExceeded.UinLimitExceeded"));
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var client = fixture.Client(o =>
        {
            o.TimeProvider = time;
            o.RateLimiting = false;
            o.Retry = new TcApi.Client.RetryOptions { MaxAttempts = 3, BaseDelay = TimeSpan.FromMilliseconds(200), Jitter = false };
        });

        var call = client.CreateTCPListenersAsync(EmulatorFixture.Request());
        await WaitFor(() => fixture.Emulator.RequestCount == 1);
        await Settle();
        time.Advance(TimeSpan.FromMilliseconds(199));
        await Task.Delay(100);
        Assert.Equal(1, fixture.Emulator.RequestCount);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await WaitFor(() => fixture.Emulator.RequestCount == 2);
        await Settle();
        time.Advance(TimeSpan.FromMilliseconds(399));
        await Task.Delay(100);
        Assert.Equal(2, fixture.Emulator.RequestCount);
        time.Advance(TimeSpan.FromMilliseconds(1));

        var response = await call.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Single(response.ListenerIds);
        Assert.Equal(3, fixture.Emulator.RequestCount);
    }

    [Fact]
    public async Task Retries_are_bounded()
    {
        await using var fixture = await EmulatorFixture.StartAsync();
        for (var i = 0; i < 5; i++)
        {
            fixture.Emulator.Faults.Enqueue(Fault.ApiError("RequestLimitExceeded"));
        }

        var error = await Assert.ThrowsAsync<GaapApiException>(() => fixture.Client(o => o.Retry.MaxAttempts = 3).CreateTCPListenersAsync(EmulatorFixture.Request()));

        Assert.Equal(CommonErrorCode.RequestLimitExceeded, error.CommonCode);
        Assert.Equal(3, fixture.Emulator.RequestCount);
    }

    [Theory]
    [InlineData("InternalError")]
    [InlineData("ServiceUnavailable")]
    public async Task Server_errors_are_not_retried_for_a_non_idempotent_action(string code)
    {
        await using var fixture = await EmulatorFixture.StartAsync();
        fixture.Emulator.Faults.Enqueue(Fault.ApiError(code));

        await Assert.ThrowsAsync<GaapApiException>(() => fixture.Client().CreateTCPListenersAsync(EmulatorFixture.Request()));

        Assert.Equal(1, fixture.Emulator.RequestCount);
        Assert.Empty(fixture.Emulator.State.Listeners);
    }

    [Fact]
    public async Task A_timeout_after_sending_is_not_retried_for_a_non_idempotent_action()
    {
        await using var fixture = await EmulatorFixture.StartAsync();
        fixture.Emulator.Faults.Enqueue(Fault.Delay(TimeSpan.FromSeconds(5)));

        await Assert.ThrowsAsync<TencentCloudTimeoutException>(() =>
            fixture.Client(o => o.Timeout = TimeSpan.FromMilliseconds(200)).CreateTCPListenersAsync(EmulatorFixture.Request()));

        Assert.Equal(1, fixture.Emulator.RequestCount);
    }

    [Fact]
    public async Task A_malformed_answer_is_not_retried_even_for_an_idempotent_action()
    {
        // An answer that cannot be read is the same answer next time; the call may also have done its work already.
        await using var fixture = await EmulatorFixture.StartAsync();
        fixture.Emulator.Faults.Enqueue(Fault.Html());
        Assert.True(DescribeTCPListenersRequest.IsIdempotent);

        await Assert.ThrowsAsync<ResponseFormatException>(() =>
            fixture.Client(o => o.Retry.MaxAttempts = 3).DescribeTCPListenersAsync(new DescribeTCPListenersRequest { ProxyId = "link-bjkpdum1" }));

        Assert.Equal(1, fixture.Emulator.RequestCount);
    }

    [Fact]
    public async Task A_connection_that_failed_before_sending_is_retried()
    {
        var handler = new FailFirstHandler(times: 2);
        await using var fixture = await EmulatorFixture.StartAsync(handler: handler);

        var response = await fixture.Client().CreateTCPListenersAsync(EmulatorFixture.Request());

        Assert.Single(response.ListenerIds);
        Assert.Equal(3, handler.Attempts);
        Assert.Equal(1, fixture.Emulator.RequestCount);
    }

    [Fact]
    public async Task A_clock_that_is_off_is_corrected_once_from_the_servers_date()
    {
        await using var fixture = await EmulatorFixture.StartAsync();
        var wrongClock = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-1));

        var response = await fixture.Client(o => o.TimeProvider = wrongClock).CreateTCPListenersAsync(EmulatorFixture.Request());

        Assert.Single(response.ListenerIds);
        Assert.Equal(2, fixture.Emulator.RequestCount);
    }

    [Fact]
    public void The_retry_matrix()
    {
        static bool Retry(TencentCloudException e, bool idempotent) => TcApi.Client.RetryPolicy.IsRetryable(e, idempotent);
        TencentCloudApiException Api(string code) => new("A", new ApiError(code, "m"), "r");

        Assert.True(Retry(Api("RequestLimitExceeded.IPLimitExceeded"), idempotent: false));
        Assert.False(Retry(Api("InternalError"), idempotent: false));
        Assert.True(Retry(Api("InternalError"), idempotent: true));
        Assert.False(Retry(Api("InvalidParameterValue"), idempotent: true));
        Assert.True(Retry(new TencentCloudHttpException("A", (HttpStatusCode)429, ""), idempotent: false));
        Assert.False(Retry(new TencentCloudHttpException("A", HttpStatusCode.ServiceUnavailable, ""), idempotent: false));
        Assert.True(Retry(new TencentCloudHttpException("A", HttpStatusCode.ServiceUnavailable, ""), idempotent: true));
        Assert.True(Retry(new TencentCloudTransportException("A", "m", requestMayHaveBeenSent: false), idempotent: false));
        Assert.False(Retry(new TencentCloudTransportException("A", "m", requestMayHaveBeenSent: true), idempotent: false));
        Assert.False(Retry(new TencentCloudTimeoutException("A", TimeSpan.FromSeconds(1)), idempotent: false));
        Assert.True(Retry(new TencentCloudTimeoutException("A", TimeSpan.FromSeconds(1)), idempotent: true));
        Assert.False(Retry(new ResponseFormatException("A", "/Response/X", "expected a string"), idempotent: true));
        Assert.False(Retry(new ResponseFormatException("A", "/Response/X", "expected a string"), idempotent: false));
    }

    /// <summary>Lets the client read the answer and start its back-off before the fake clock moves.</summary>
    private static Task Settle() => Task.Delay(250);

    private static async Task WaitFor(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not come true within 10 s");
            await Task.Delay(10);
        }
    }

    /// <summary>Fails the first attempts the way a refused connection does, before anything is sent.</summary>
    private sealed class FailFirstHandler(int times) : DelegatingHandler(new HttpClientHandler())
    {
        public int Attempts { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Attempts++;
            return Attempts <= times
                ? throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (simulated)")
                : base.SendAsync(request, cancellationToken);
        }
    }
}
