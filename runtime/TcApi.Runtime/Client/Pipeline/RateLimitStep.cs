using System.Threading.RateLimiting;
using System.Threading.Tasks;
using TcApi.Telemetry;

namespace TcApi.Client.Pipeline;

/// <summary>Waits (queues) until the action's documented rate limit lets another attempt go, when rate limiting is on.</summary>
internal sealed class RateLimitStep(TencentCloudClientOptions options, ActionRateLimiters limiters, ClientTelemetry telemetry) : ClientStep
{
    public override ValueTask RunAsync(AttemptContext context) =>
        options.RateLimiting && limiters.For(context.Action) is { } limiter ? WaitThenRunAsync(limiter, context) : RunNextAsync(context);

    private async ValueTask WaitThenRunAsync(RateLimiter limiter, AttemptContext context)
    {
        var waitStarted = telemetry.WaitStarted();
        using (await limiter.AcquireAsync(1, context.CancellationToken).ConfigureAwait(false))
        {
            telemetry.RateLimiterWaited(context.Action, waitStarted);
        }

        await RunNextAsync(context).ConfigureAwait(false);
    }
}
