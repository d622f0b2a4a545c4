using System.Threading.Tasks;
using TcApi.Telemetry;

namespace TcApi.Client.Pipeline;

/// <summary>
/// Starts a streamed call's span and clocks, at the place <see cref="CallTelemetryStep"/> starts an ordinary call's.
/// It does not end them: the call lasts until its events have been enumerated, long after the pipeline has returned,
/// so <see cref="TencentCloudClient.StreamAsync{TEvent}"/> ends them, failure or not.
/// </summary>
internal sealed class StreamCallTelemetryStep(TencentCloudClientOptions options, ClientTelemetry telemetry) : ClientStep
{
    public override ValueTask RunAsync(AttemptContext context)
    {
        var call = telemetry.StartCall(context.Action, options.Region);
        ((StreamingAttemptContext)context).StartCall(call, telemetry.CallStarted(), telemetry.StreamStarted());
        return RunNextAsync(context);
    }
}
