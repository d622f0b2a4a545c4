using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;

namespace TcApi.Telemetry;

/// <summary>
/// The client's instruments on one Meter: the shared default one, or one per <see cref="IMeterFactory"/>.
/// <c>rpc.client.call.duration</c> is OpenTelemetry's (semantic conventions <see cref="TcApiDiagnostics.SemanticConventionsVersion"/>);
/// the others are Tencent Cloud's own, with the same attributes.
/// </summary>
internal sealed class ClientInstruments
{
    private static readonly ConditionalWeakTable<IMeterFactory, ClientInstruments> ByFactory = new();
    private static readonly ClientInstruments Shared = new(new Meter(TcApiDiagnostics.MeterName, ClientTelemetry.Version));

    private ClientInstruments(Meter meter)
    {
        CallDuration = meter.CreateHistogram<double>("rpc.client.call.duration", "s", "The duration of calls, from the first attempt to the answer or the final failure, waits and retries included.");
        Attempts = meter.CreateCounter<long>("tencentcloud.client.attempts", "{attempt}", "Attempts sent, each retry and re-signing included.");
        Retries = meter.CreateCounter<long>("tencentcloud.client.retries", "{retry}", "Attempts repeated after a failure, by the failure's error.type.");
        RateLimiterWait = meter.CreateHistogram<double>("tencentcloud.client.rate_limiter.wait_duration", "s", "The time calls waited for the action's rate limiter.");
        Errors = meter.CreateCounter<long>("tencentcloud.client.errors", "{error}", "Calls that failed, by error.type (the service's error code when it sent one).");
        TimeToFirstEvent = meter.CreateHistogram<double>("tencentcloud.client.stream.time_to_first_event", "s", "The time streamed calls took from their start to their first event.");
        StreamEvents = meter.CreateCounter<long>("tencentcloud.client.stream.events", "{event}", "Events that streamed calls read.");
        FailoverAttempts = meter.CreateCounter<long>("tencentcloud.client.failover.attempts", "{attempt}", "Attempts sent to the backup endpoint because the primary's circuit breaker was open.");
        CircuitTransitions = meter.CreateCounter<long>("tencentcloud.client.circuit_breaker.transitions", "{transition}", "Changes of an endpoint's circuit breaker, by server.address and the state entered.");
    }

    public Histogram<double> CallDuration { get; }

    public Counter<long> Attempts { get; }

    public Counter<long> Retries { get; }

    public Histogram<double> RateLimiterWait { get; }

    public Counter<long> Errors { get; }

    public Histogram<double> TimeToFirstEvent { get; }

    public Counter<long> StreamEvents { get; }

    public Counter<long> FailoverAttempts { get; }

    public Counter<long> CircuitTransitions { get; }

    public static ClientInstruments For(IMeterFactory? factory) =>
        factory is null ? Shared : ByFactory.GetValue(factory, static f => new ClientInstruments(f.Create(new MeterOptions(TcApiDiagnostics.MeterName) { Version = ClientTelemetry.Version })));
}
