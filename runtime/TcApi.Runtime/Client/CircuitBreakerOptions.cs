using System;

namespace TcApi.Client;

/// <summary>
/// When an endpoint is given up on and tried again, for failover to <see cref="TencentCloudClientOptions.BackupEndpoint"/>.
/// Each endpoint has its own breaker, shared by the clients built with the same options.
/// </summary>
public sealed class CircuitBreakerOptions
{
    /// <summary>
    /// Consecutive failed attempts — a transport failure or timeout, or an HTTP 5xx answer — after which the endpoint's
    /// breaker opens and attempts go to the other endpoint. Any other answer, an API error included, resets the count.
    /// Default 5.
    /// </summary>
    public int FailureThreshold { get; set; } = 5;

    /// <summary>
    /// How long an open breaker stays open; then one attempt (the half-open trial) goes to the endpoint again: its
    /// success closes the breaker, its failure opens it for another pause. Measured on
    /// <see cref="TencentCloudClientOptions.TimeProvider"/>. Default 60 s.
    /// </summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>A copy of these settings.</summary>
    public CircuitBreakerOptions Clone() => (CircuitBreakerOptions)MemberwiseClone();
}
