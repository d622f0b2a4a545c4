using System;
using System.Threading.Tasks;
using TcApi.Telemetry;

namespace TcApi.Client.Pipeline;

/// <summary>The call's span and its measurements: from before the first attempt to the answer or the final failure.</summary>
internal sealed class CallTelemetryStep(TencentCloudClientOptions options, ClientTelemetry telemetry) : ClientStep
{
    public override async ValueTask RunAsync(AttemptContext context)
    {
        var call = telemetry.StartCall(context.Action, options.Region);
        context.CallActivity = call;
        var started = telemetry.CallStarted();
        try
        {
            await RunNextAsync(context).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            telemetry.CallEnded(call, context.Action, started, context.Attempts, e, ClientTelemetry.RequestIdOf(e));
            throw;
        }

        telemetry.CallEnded(call, context.Action, started, context.Attempts, null, context.RequestId);
    }
}
