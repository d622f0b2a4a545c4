using TcApi.Client;
using TcApi.Errors;
using TcApi.Runtime.Tests.Support;

namespace TcApi.Runtime.Tests.Client;

public class RetryPolicyTests
{
    [Fact]
    public async Task A_policy_that_never_retries_ends_the_call_at_its_first_failure()
    {
        var handler = new FakeHandler().Error("RequestLimitExceeded").Success();

        var error = await Assert.ThrowsAsync<TencentCloudApiException>(() => Client(handler, new NeverRetry()).PingAsync(new PingRequest()));

        Assert.Equal(CommonErrorCode.RequestLimitExceeded, error.CommonCode);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_policy_that_retries_a_services_own_code_is_asked_with_the_failed_attempt()
    {
        var handler = new FakeHandler().Error("FailedOperation.Busy").Error("FailedOperation.Busy").Success();
        var policy = new RetryBusy();

        var response = await Client(handler, policy).PingAsync(new PingRequest(idempotent: false));

        Assert.Equal("req-3", response.RequestId);
        Assert.Equal(
            [("ShouldRetry", 1, "FailedOperation.Busy", "Ping"), ("Delay", 1, "FailedOperation.Busy", "Ping"), ("ShouldRetry", 2, "FailedOperation.Busy", "Ping"), ("Delay", 2, "FailedOperation.Busy", "Ping")],
            policy.Asked);
    }

    [Fact]
    public async Task The_default_policy_does_not_retry_a_code_it_does_not_know()
    {
        var handler = new FakeHandler().Error("FailedOperation.Busy").Success();

        await Assert.ThrowsAsync<TencentCloudApiException>(() => Client(handler, policy: null).PingAsync(new PingRequest()));

        Assert.Single(handler.Requests);
    }

    [Fact]
    public void The_default_policy_stops_when_the_attempts_run_out_and_backs_off_exponentially()
    {
        var options = new RetryOptions { MaxAttempts = 3, BaseDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromMilliseconds(300), Jitter = false };
        var failure = new TencentCloudApiException("Ping", new ApiError("RequestLimitExceeded", "m"), "r");
        var action = new PingRequest().Action;
        RetryContext After(int attempt) => new(failure, action, attempt, options);

        Assert.Equal([true, true, false], new[] { 1, 2, 3 }.Select(n => RetryPolicy.Default.ShouldRetry(After(n))));
        Assert.Equal([100.0, 200.0, 300.0], new[] { 1, 2, 3 }.Select(n => RetryPolicy.Default.Delay(After(n)).TotalMilliseconds));
    }

    [Fact]
    public void A_copy_of_the_options_keeps_their_policy()
    {
        var policy = new NeverRetry();

        Assert.Same(policy, new TencentCloudClientOptions { RetryPolicy = policy }.Clone().RetryPolicy);
        Assert.Same(RetryPolicy.Default, new TencentCloudClientOptions().RetryPolicy);
    }

    private static PingClient Client(FakeHandler handler, RetryPolicy? policy)
    {
        var options = new TencentCloudClientOptions
        {
            RateLimiting = false,
            Retry = new RetryOptions { MaxAttempts = 3, BaseDelay = TimeSpan.Zero, Jitter = false },
        };
        if (policy is not null)
        {
            options.RetryPolicy = policy;
        }

        return new PingClient(new HttpClient(handler), new TcApi.Signing.Credential("AKIDretry", Secrets.Key), options);
    }

    private sealed class NeverRetry : RetryPolicy
    {
        public override bool ShouldRetry(RetryContext context) => false;
    }

    /// <summary>Retries a busy service within the attempts, whatever the action, and remembers what it was asked.</summary>
    private sealed class RetryBusy : RetryPolicy
    {
        public List<(string, int, string, string)> Asked { get; } = new();

        public override bool ShouldRetry(RetryContext context)
        {
            Asked.Add(("ShouldRetry", context.Attempt, Code(context), context.Action.Action));
            return context.Attempt < context.Options.MaxAttempts && Code(context) == "FailedOperation.Busy";
        }

        public override TimeSpan Delay(RetryContext context)
        {
            Asked.Add(("Delay", context.Attempt, Code(context), context.Action.Action));
            return TimeSpan.Zero;
        }

        private static string Code(RetryContext context) => ((TencentCloudApiException)context.Failure).RawCode;
    }
}
