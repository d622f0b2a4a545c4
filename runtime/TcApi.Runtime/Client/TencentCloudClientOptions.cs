using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Threading;
using Microsoft.Extensions.Logging;

namespace TcApi.Client;

/// <summary>How a service client reaches and calls the service.</summary>
/// <remarks>
/// Clients built with the same options instance share its rate limiters, its clock-skew correction and its signing
/// key cache: give every client of one service the same instance (dependency injection does), so calls made through
/// short-lived clients are still counted against the action's rate limit.
/// </remarks>
public sealed class TencentCloudClientOptions
{
    private TencentCloudClient.SharedState? _state;

    /// <summary>
    /// The endpoint: a host (<c>gaap.tencentcloudapi.com</c>, sent over https) or an absolute URL
    /// (<c>http://127.0.0.1:9000</c>). Plain http is allowed only to loopback addresses. Default: the spec's endpoint.
    /// </summary>
    public string? Endpoint { get; set; }

    /// <summary>
    /// The Host header to send and sign, when it differs from the endpoint's host (a client that dials 127.0.0.1
    /// but speaks to <c>gaap.tencentcloudapi.com</c>). The signed host never carries a port.
    /// </summary>
    public string? Host { get; set; }

    /// <summary>
    /// An endpoint to fail over to (a host or an absolute URL, like <see cref="Endpoint"/>): another region's endpoint,
    /// or the default one beside a regional one. When set, each endpoint has a circuit breaker
    /// (<see cref="CircuitBreaker"/>); while the primary's is open, attempts go here, signed for this host. Not set by
    /// default: every attempt goes to <see cref="Endpoint"/>, with no breaker at all.
    /// </summary>
    public string? BackupEndpoint { get; set; }

    /// <summary>When an endpoint's circuit breaker opens and closes again; used only with a <see cref="BackupEndpoint"/>.</summary>
    public CircuitBreakerOptions CircuitBreaker { get; set; } = new();

    /// <summary>X-TC-Region, e.g. <c>ap-guangzhou</c>; not sent when null.</summary>
    public string? Region { get; set; }

    /// <summary>X-TC-Language: <c>zh-CN</c> or <c>en-US</c>; not sent when null.</summary>
    public string? Language { get; set; }

    /// <summary>The time one attempt may take, from sending to the end of the answer. Default 30 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether requests are validated before they are sent (and rejected without a call). Default on.</summary>
    public bool ValidateRequests { get; set; } = true;

    /// <summary>
    /// Whether a request that breaks only warning-severity constraints fails before it is sent, with the same
    /// <see cref="Validation.RequestValidationException"/> an error gives. Warnings are mostly constraints read from
    /// Tencent's documentation, which the service may not enforce. Off by default: such a request is sent, and the
    /// warnings are logged (event 6). Has no effect when <see cref="ValidateRequests"/> is off.
    /// </summary>
    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>
    /// Rule ids (<c>DescribeProxies.Limit.range</c>) that stay warnings under <see cref="TreatWarningsAsErrors"/>: the
    /// way out for a documented constraint the service is known not to enforce. Set it before the first call.
    /// </summary>
    public ISet<string> WarningsNotAsErrors { get; private set; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Whether an answer whose values contradict their documented types fails with
    /// <see cref="Errors.ResponseFormatException"/>. Off by default: such values are read leniently (a number into a
    /// string member, <c>"123"</c> into a number, <c>"True"</c> into a bool, <c>""</c> as null...), each listed with its
    /// path and raw JSON in the response's <c>LenientReads</c> (docs/production.md, "Reading answers leniently").
    /// </summary>
    public bool StrictResponseReading { get; set; }

    /// <summary>Whether calls wait (queue) to stay within each action's documented rate limit. Default on.</summary>
    public bool RateLimiting { get; set; } = true;

    /// <summary>Retries of failed attempts: how many, and the back-off between them.</summary>
    public RetryOptions Retry { get; set; } = new();

    /// <summary>
    /// Which failed attempts are tried again, and after what delay; it reads <see cref="Retry"/>. Default
    /// <see cref="Client.RetryPolicy.Default"/>. Set it before the first call; one instance serves every call at once.
    /// </summary>
    public RetryPolicy RetryPolicy { get; set; } = RetryPolicy.Default;

    /// <summary>The largest answer read; a larger one is an error, not an allocation. Default 10 MiB.</summary>
    public int MaxResponseBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The clock: timestamps, timeouts, back-off. Tests pass a fake one.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>X-TC-RequestClient.</summary>
    public string RequestClient { get; set; } = "TcApi_0.1.0";

    /// <summary>
    /// Where the client logs its decisions (category <c>TcApi.Client</c>): retries with their reason and delay,
    /// re-signing after clock skew, failed calls. Never a key or a token. None when null.
    /// </summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>
    /// Whether request and response bodies are logged (at Debug, the first 16 KiB). Off by default: bodies may hold
    /// passwords and personal data.
    /// </summary>
    public bool LogBodies { get; set; }

    /// <summary>Where the <c>TcApi</c> meter is created; when null, one meter shared by the process.</summary>
    public IMeterFactory? MeterFactory { get; set; }

    internal TencentCloudClient.SharedState SharedState => LazyInitializer.EnsureInitialized(ref _state, static () => new TencentCloudClient.SharedState());

    /// <summary>A copy of these settings (the retry and circuit breaker settings copied too) with its own rate limiters, clock correction and circuit breakers.</summary>
    public TencentCloudClientOptions Clone()
    {
        var copy = (TencentCloudClientOptions)MemberwiseClone();
        copy._state = null;
        copy.Retry = Retry.Clone();
        copy.CircuitBreaker = CircuitBreaker.Clone();
        copy.WarningsNotAsErrors = new HashSet<string>(WarningsNotAsErrors, StringComparer.Ordinal);
        return copy;
    }
}
