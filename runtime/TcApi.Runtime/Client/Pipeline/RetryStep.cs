using System;
using System.Threading.Tasks;
using TcApi.Errors;
using TcApi.Telemetry;

namespace TcApi.Client.Pipeline;

/// <summary>
/// The retry loop: runs the attempt again after a failed one while <see cref="RetryOptions.MaxAttempts"/> allows and
/// the classification (<see cref="RetryPolicy"/>) says the failure is worth it, after the back-off.
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
                var retry = options.Retry;
                if (context.Attempt >= retry.MaxAttempts || !RetryPolicy.ShouldRetry(failure, context.Action.Idempotent))
                {
                    throw;
                }

                var delay = RetryPolicy.Delay(retry, context.Attempt);
                telemetry.Repeating(context.CallActivity, context.Action, context.Attempts, failure, delay);
                await Task.Delay(delay, options.TimeProvider, context.CancellationToken).ConfigureAwait(false);
            }
        }
    }
}
