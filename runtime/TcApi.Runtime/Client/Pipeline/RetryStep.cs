using System;
using System.Threading.Tasks;
using TcApi.Errors;
using TcApi.Telemetry;

namespace TcApi.Client.Pipeline;

/// <summary>
/// The retry loop: runs the attempt again after a failed one when the options' <see cref="RetryPolicy"/> says so,
/// after the delay it gives.
/// </summary>
internal sealed class RetryStep(TencentCloudClientOptions options, ClientTelemetry telemetry) : ClientStep
{
    public override async ValueTask RunAsync(AttemptContext context)
    {
        for (context.Attempt = 1; ; context.Attempt++)
        {
            try
            {
                await RunNextAsync(context).ConfigureAwait(false);
                return;
            }
            catch (TencentCloudException failure) when (ReferenceEquals(failure, context.AttemptFailure))
            {
                var policy = options.RetryPolicy ?? RetryPolicy.Default;
                var retry = new RetryContext(failure, context.Action, context.Attempt, options.Retry);
                if (!policy.ShouldRetry(retry))
                {
                    throw;
                }

                var delay = policy.Delay(retry);
                telemetry.Repeating(context.CallActivity, context.Action, context.Attempts, failure, delay);
                await Task.Delay(delay, options.TimeProvider, context.CancellationToken).ConfigureAwait(false);
            }
        }
    }
}
