using System.Net.Http;
using TcApi.Credentials;
using TcApi.Telemetry;

namespace TcApi.Client.Pipeline;

/// <summary>
/// The stages of a call, in the order they run: the one place that order is stated. Each step is one concern and runs
/// the steps below it; a step that handles failures (telemetry, retry, clock skew, secrets) sees what the steps below it
/// throw, after they have run.
/// </summary>
internal static class ClientPipeline
{
    /// <summary>The first step of a client's pipeline, linked to the rest.</summary>
    public static ClientStep Build(HttpClient http, ICredentialProvider credentials, TencentCloudClientOptions options, Endpoint endpoint, Endpoint? backup, ClientTelemetry telemetry)
    {
        var shared = options.SharedState;
        return Link(
            // Once per call. A request that cannot succeed is stopped before anything is written, waited for or traced.
            new ValidateStep(options, telemetry),
            // Written once: every attempt sends the same bytes, signed anew.
            new SerializeStep(telemetry),
            // Outside the retry loop: the call's span and duration cover every attempt, wait and back-off.
            new CallTelemetryStep(options, telemetry),
            // The loop around everything an attempt does, so a retry waits for the limiter and asks for credentials again.
            new RetryStep(options, telemetry),
            // Inside the loop, so signing again is not a retry (no back-off, same attempt number), yet still waits for
            // the limiter and asks for credentials.
            new ClockSkewStep(options, shared, telemetry),
            // Per attempt from here on. The wait comes first: a long wait must not age the credentials or the timestamp.
            new RateLimitStep(options, shared.Limiters, telemetry),
            // After any wait or back-off, so an attempt never signs with a key that expired in between.
            new CredentialStep(credentials, options),
            // An attempt starts here: a wait or a credential failure before it is not an attempt, nor retried.
            new AttemptStep(telemetry),
            // Inside the attempt: what its span, the logs, the retry decision and the caller see holds no secret.
            new ConcealSecretsStep(),
            // With a backup endpoint only: the attempt's endpoint, chosen by the breakers before it is signed for its host.
            Failover(options, endpoint, backup, telemetry),
            // Last before sending: the freshest timestamp, with the clock-skew correction.
            new SignStep(options, endpoint, shared, backup),
            // One timeout for sending and reading the answer.
            new SendStep(http, options),
            new ReadAnswerStep(options, telemetry));
    }

    /// <summary>
    /// The first step of a client's pipeline for streamed calls (<see cref="TencentCloudClient.StreamAsync{TEvent}"/>):
    /// the same steps in the same order, with two differences. The call's telemetry is started here but ended by the
    /// enumeration of the events, which outlives the pipeline; and one step sends and opens the event stream (or reads
    /// a whole answer) in place of sending and reading.
    /// </summary>
    public static ClientStep BuildStreaming(HttpClient http, ICredentialProvider credentials, TencentCloudClientOptions options, Endpoint endpoint, Endpoint? backup, ClientTelemetry telemetry)
    {
        var shared = options.SharedState;
        return Link(
            new ValidateStep(options, telemetry),
            new SerializeStep(telemetry),
            new StreamCallTelemetryStep(options, telemetry),
            new RetryStep(options, telemetry),
            new ClockSkewStep(options, shared, telemetry),
            new RateLimitStep(options, shared.Limiters, telemetry),
            new CredentialStep(credentials, options),
            new AttemptStep(telemetry),
            new ConcealSecretsStep(),
            Failover(options, endpoint, backup, telemetry),
            new SignStep(options, endpoint, shared, backup),
            // Retried until the service answers; once the stream is open, a failure ends it (the caller's enumeration).
            new OpenStreamStep(http, options, telemetry));
    }

    private static ClientStep? Failover(TencentCloudClientOptions options, Endpoint endpoint, Endpoint? backup, ClientTelemetry telemetry) =>
        backup is null
            ? null
            : new FailoverStep(endpoint, options.SharedState.BreakerFor(endpoint, options), backup, options.SharedState.BreakerFor(backup, options), telemetry);

    // A null step is one the client's options leave out (no backup endpoint: no failover step, no cost).
    private static ClientStep Link(params ClientStep?[] optional)
    {
        var steps = System.Array.FindAll(optional, step => step is not null);
        for (var i = 0; i < steps.Length - 1; i++)
        {
            steps[i]!.LinkTo(steps[i + 1]!);
        }

        return steps[0]!;
    }
}
