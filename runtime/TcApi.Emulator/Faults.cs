using System.Collections.Concurrent;
using System.Net;

namespace TcApi.Emulator;

/// <summary>A misbehaviour the emulator shows instead of (or before) answering one request.</summary>
public abstract record Fault
{
    /// <summary>Answer with an HTTP status and a short text body.</summary>
    public static Fault Status(HttpStatusCode status) => new StatusFault(status);

    /// <summary>Wait before answering normally.</summary>
    public static Fault Delay(TimeSpan delay) => new DelayFault(delay);

    /// <summary>Answer 200 with an HTML page, as a captive portal or a misconfigured proxy does.</summary>
    public static Fault Html() => new HtmlFault();

    /// <summary>Answer 200 with the first half of a valid envelope.</summary>
    public static Fault Truncated() => new TruncatedFault();

    /// <summary>Answer with an API error, as the service does (HTTP 200, Response.Error).</summary>
    public static Fault ApiError(string code, string message = "Injected by the emulator.") => new ApiErrorFault(code, message);

    /// <summary>Drop the connection without answering.</summary>
    public static Fault DropConnection() => new DropFault();
}

internal sealed record StatusFault(HttpStatusCode Code) : Fault;

internal sealed record DelayFault(TimeSpan Duration) : Fault;

internal sealed record HtmlFault : Fault;

internal sealed record TruncatedFault : Fault;

internal sealed record DropFault : Fault;

internal sealed record ApiErrorFault(string Code, string Message) : Fault;

/// <summary>Faults queued by a test; each applies to one request, in order.</summary>
public sealed class FaultQueue
{
    private readonly ConcurrentQueue<Fault> _faults = new();

    /// <summary>Applies <paramref name="fault"/> to the next request that has no fault yet.</summary>
    public void Enqueue(Fault fault) => _faults.Enqueue(fault);

    internal Fault? Next() => _faults.TryDequeue(out var fault) ? fault : null;
}
