using System;
using System.Text.Json;
using System.Threading.Tasks;
using TcApi.Telemetry;
using TcApi.Wire;

namespace TcApi.Client.Pipeline;

/// <summary>
/// Writes the request's body once, for every attempt to send — with a fresh <c>ClientToken</c> when the action takes one
/// and the request has none — and logs it when bodies are asked for.
/// </summary>
internal sealed class SerializeStep(ClientTelemetry telemetry) : ClientStep
{
    // The generated writers produce well-formed JSON by construction; the writer need not check every call.
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };

    public override ValueTask RunAsync(AttemptContext context)
    {
        if (context.Request is JsonBodyRequest given)
        {
            // A body given by name is sent exactly as given: no ClientToken is added (TencentCloudClient.CallActionAsync).
            context.Body = given.Body;
        }
        else
        {
            var body = Serialize(context.Request);
            // Before the first attempt and once per call: every retry carries the same token, a new call a new one.
            context.Body = context.Action.ClientTokenMember is { } member ? ClientTokenBody.WithToken(body, member, Guid.NewGuid().ToString(), WriterOptions) : body;
        }

        if (context.LogBodies)
        {
            telemetry.RequestBody(context.Action, context.Body);
        }

        return RunNextAsync(context);
    }

    private static byte[] Serialize(IApiRequest request) => RequestBodyWriter.Write(request, WriterOptions);
}
