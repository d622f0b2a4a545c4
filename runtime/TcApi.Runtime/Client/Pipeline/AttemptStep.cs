using System;
using System.Threading.Tasks;
using TcApi.Telemetry;

namespace TcApi.Client.Pipeline;

/// <summary>
/// Makes an attempt of what follows: counts it, traces and measures it (a span under the call's), and records how it
/// failed — what the clock-skew and retry steps act on.
/// </summary>
internal sealed class AttemptStep(ClientTelemetry telemetry) : ClientStep
{
    public override async ValueTask RunAsync(AttemptContext context)
    {
        var attempt = telemetry.StartAttempt(context.CallActivity, context.Action, context.Attempt);
        context.Attempts++;
        context.ServerDate = null;
        try
        {
            await RunNextAsync(context).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            context.AttemptFailure = e;
            telemetry.AttemptEnded(attempt, context.Action, e, ClientTelemetry.RequestIdOf(e));
            throw;
        }

        telemetry.AttemptEnded(attempt, context.Action, null, context.RequestId);
    }
}
