using System;
using System.Threading;
using System.Threading.Tasks;
using TcApi.Errors;
using TcApi.Telemetry;

namespace TcApi.Client.Pipeline;

/// <summary>
/// When the service says the signature expired and gave its time (the Date header), our clock is off by more than it
/// allows: adopt the service's time for every client of these options and run the attempt once more, at once. Once per
/// call; not a retry — the attempt keeps its number and no back-off is waited.
/// </summary>
internal sealed class ClockSkewStep(TencentCloudClientOptions options, TencentCloudClient.SharedState shared, ClientTelemetry telemetry) : ClientStep
{
    public override async ValueTask RunAsync(AttemptContext context)
    {
        try
        {
            await RunNextAsync(context).ConfigureAwait(false);
            return;
        }
        catch (TencentCloudApiException expired) when (CanSignAgain(context, expired))
        {
            var skew = (long)Math.Round((context.ServerDate!.Value - options.TimeProvider.GetUtcNow()).TotalSeconds);
            Interlocked.Exchange(ref shared.ClockSkewSeconds, skew);
            telemetry.Resigning(context.CallActivity, context.Action, context.Attempts, expired, skew);
            context.Resigned = true;
        }

        await RunNextAsync(context).ConfigureAwait(false);
    }

    private static bool CanSignAgain(AttemptContext context, TencentCloudApiException failure) =>
        !context.Resigned &&
        ReferenceEquals(failure, context.AttemptFailure) &&
        failure.CommonCode == CommonErrorCode.AuthFailureSignatureExpire &&
        context.ServerDate is not null;
}
