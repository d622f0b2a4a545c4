using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TcApi.Client.Pipeline;
using TcApi.Credentials;
using TcApi.Signing;
using TcApi.Telemetry;
using TcApi.Wire;

namespace TcApi.Client;

/// <summary>
/// The work every action shares: validate, serialise, wait for the rate limiter, get credentials, sign, send, read,
/// retry — traced, measured and logged. Generated service clients are thin wrappers over it. Thread-safe.
/// </summary>
/// <remarks>The stages and their order are listed in one place, <see cref="ClientPipeline"/>.</remarks>
public sealed partial class TencentCloudClient
{
    private readonly Endpoint _endpoint;
    private readonly ClientTelemetry _telemetry;

    /// <summary>Creates the core for a service whose default endpoint host is <paramref name="defaultEndpoint"/>, signing with <paramref name="credential"/>.</summary>
    public TencentCloudClient(HttpClient httpClient, Credential credential, TencentCloudClientOptions options, string defaultEndpoint)
        : this(httpClient, (ICredentialProvider)(credential ?? throw new ArgumentNullException(nameof(credential))), options, defaultEndpoint)
    {
    }

    /// <summary>
    /// Creates the core for a service whose default endpoint host is <paramref name="defaultEndpoint"/>, signing each
    /// attempt with what <paramref name="credentials"/> gives at that moment (<see cref="AnonymousCredentialProvider.Instance"/>: unsigned).
    /// </summary>
    public TencentCloudClient(HttpClient httpClient, ICredentialProvider credentials, TencentCloudClientOptions options, string defaultEndpoint)
    {
        var http = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        var provider = credentials ?? throw new ArgumentNullException(nameof(credentials));
        var settings = options ?? throw new ArgumentNullException(nameof(options));
        _endpoint = Endpoint.Create(settings.Endpoint, settings.Host, defaultEndpoint);
        var backup = BackupOf(settings, defaultEndpoint);
        var logger = settings.LoggerFactory?.CreateLogger(TcApiDiagnostics.ClientLogCategory) ?? NullLogger.Instance;
        var telemetry = new ClientTelemetry(ClientInstruments.For(settings.MeterFactory), _endpoint.Address, logger, settings.LogBodies, settings.TimeProvider);
        Pipeline = ClientPipeline.Build(http, provider, settings, _endpoint, backup, telemetry);
        StreamingPipeline = ClientPipeline.BuildStreaming(http, provider, settings, _endpoint, backup, telemetry);
        _telemetry = telemetry;
    }

    /// <summary>The URL requests are posted to.</summary>
    public Uri Address => _endpoint.Address;

    /// <summary>The URL attempts go to while the primary endpoint's circuit breaker is open; <see langword="null"/> without failover.</summary>
    public Uri? BackupAddress { get; private set; }

    private Endpoint? BackupOf(TencentCloudClientOptions settings, string defaultEndpoint)
    {
        if (string.IsNullOrWhiteSpace(settings.BackupEndpoint))
        {
            return null;
        }

        var breaker = settings.CircuitBreaker ?? throw new ArgumentException("TencentCloudClientOptions.CircuitBreaker is null; a backup endpoint needs its settings.", nameof(settings));
        if (breaker.FailureThreshold < 1)
        {
            throw new ArgumentException($"CircuitBreaker.FailureThreshold must be at least 1 (was {breaker.FailureThreshold}).", nameof(settings));
        }

        if (breaker.BreakDuration < TimeSpan.Zero)
        {
            throw new ArgumentException($"CircuitBreaker.BreakDuration must not be negative (was {breaker.BreakDuration}).", nameof(settings));
        }

        var backup = Endpoint.Create(settings.BackupEndpoint, null, defaultEndpoint);
        BackupAddress = backup.Address;
        return backup;
    }

    /// <summary>The first step of this client's pipeline.</summary>
    internal ClientStep Pipeline { get; }

    /// <summary>The first step of this client's pipeline for streamed calls.</summary>
    internal ClientStep StreamingPipeline { get; }

    /// <summary>Calls <paramref name="action"/> with <paramref name="request"/> and reads the answer with <paramref name="readResponse"/>.</summary>
    /// <remarks>The generated service clients call this; it is public so other code can send any generated request.</remarks>
    public Task<TResponse> SendAsync<TResponse>(
        IApiRequest request,
        ApiActionInfo action,
        ResponseParser<TResponse> readResponse,
        CancellationToken cancellationToken = default) =>
        SendAsync(request, action, readResponse, CallSecrets.None, cancellationToken);

    /// <summary>
    /// A call that carries <paramref name="secrets"/> (a credential provider's): none of them, and none of a secret
    /// answer, reaches a span, a measurement, a log line or the exception thrown.
    /// </summary>
    internal async Task<TResponse> SendAsync<TResponse>(
        IApiRequest request,
        ApiActionInfo action,
        ResponseParser<TResponse> readResponse,
        CallSecrets secrets,
        CancellationToken cancellationToken)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        if (action is null)
        {
            throw new ArgumentNullException(nameof(action));
        }

        if (readResponse is null)
        {
            throw new ArgumentNullException(nameof(readResponse));
        }

        var call = new TypedAttemptContext<TResponse>(request, action, readResponse, secrets, cancellationToken);
        await Pipeline.RunAsync(call).ConfigureAwait(false);
        return call.Response;
    }

    /// <summary>
    /// What the clients built with one <see cref="TencentCloudClientOptions"/> share: the rate limiters, the clock-skew
    /// correction, the signer of the current credentials and the signed-header list (so the signer's daily cache holds).
    /// </summary>
    internal sealed class SharedState
    {
        public long ClockSkewSeconds;

        private Tc3Signer? _signer;
        private KeyValuePair<string, string>[]? _signedHeaders;

        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, CircuitBreaker> _breakers = new(StringComparer.Ordinal);

        public ActionRateLimiters Limiters { get; } = new();

        /// <summary>The circuit breaker of <paramref name="endpoint"/>, one per address and signed host.</summary>
        public CircuitBreaker BreakerFor(Endpoint endpoint, TencentCloudClientOptions options) =>
            _breakers.GetOrAdd(
                endpoint.Address.AbsoluteUri + " " + endpoint.SignedHost,
                _ => new CircuitBreaker(options.TimeProvider, options.CircuitBreaker.FailureThreshold, options.CircuitBreaker.BreakDuration));

        public Tc3Signer SignerFor(Credential credential)
        {
            var signer = Volatile.Read(ref _signer);
            if (signer is null || !ReferenceEquals(signer.Credential, credential))
            {
                signer = new Tc3Signer(credential);
                Volatile.Write(ref _signer, signer);
            }

            return signer;
        }

        public KeyValuePair<string, string>[] SignedHeadersFor(string signedHost)
        {
            var headers = Volatile.Read(ref _signedHeaders);
            if (headers is null || headers[1].Value != signedHost)
            {
                headers = [new("content-type", "application/json"), new("host", signedHost)];
                Volatile.Write(ref _signedHeaders, headers);
            }

            return headers;
        }
    }
}
