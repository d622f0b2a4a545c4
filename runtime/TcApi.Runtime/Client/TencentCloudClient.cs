using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TcApi.Credentials;
using TcApi.Errors;
using TcApi.Signing;
using TcApi.Telemetry;
using TcApi.Validation;
using TcApi.Wire;

namespace TcApi.Client;

/// <summary>
/// The work every action shares: validate, serialise, wait for the rate limiter, get credentials, sign, send, read,
/// retry — traced, measured and logged. Generated service clients are thin wrappers over it. Thread-safe.
/// </summary>
public sealed class TencentCloudClient
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    // The generated writers produce well-formed JSON by construction; the writer need not check every call.
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };

    private readonly HttpClient _http;
    private readonly ICredentialProvider _credentials;
    private readonly bool _unsigned;
    private readonly TencentCloudClientOptions _options;
    private readonly Endpoint _endpoint;
    private readonly SharedState _shared;
    private readonly ClientTelemetry _telemetry;
    private readonly KeyValuePair<string, string>[] _signedHeaders;

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
        _http = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        _credentials = credentials ?? throw new ArgumentNullException(nameof(credentials));
        _unsigned = credentials is AnonymousCredentialProvider;
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _endpoint = Endpoint.Create(options.Endpoint, options.Host, defaultEndpoint);
        _shared = options.SharedState;
        _signedHeaders = _shared.SignedHeadersFor(_endpoint.SignedHost);
        var logger = options.LoggerFactory?.CreateLogger(TcApiDiagnostics.ClientLogCategory) ?? NullLogger.Instance;
        _telemetry = new ClientTelemetry(ClientInstruments.For(options.MeterFactory), _endpoint.Address, logger, options.LogBodies, options.TimeProvider);
    }

    /// <summary>
    /// Throws on an error, and on a warning under <see cref="TencentCloudClientOptions.TreatWarningsAsErrors"/> unless
    /// its rule is in <see cref="TencentCloudClientOptions.WarningsNotAsErrors"/>; logs the warnings of a request it sends.
    /// </summary>
    private void Validate(IApiRequest request, ApiActionInfo action)
    {
        var result = request.Validate();
        if (result.Violations.Count == 0)
        {
            return;
        }

        var promoted = _options.TreatWarningsAsErrors ? PromotedWarnings(result.Violations, _options.WarningsNotAsErrors) : null;
        if (!result.IsValid || promoted is not null)
        {
            throw new RequestValidationException(action.Action, result.Violations, (IReadOnlyList<ValidationViolation>?)promoted ?? Array.Empty<ValidationViolation>());
        }

        _telemetry.ValidationWarnings(action, result.Violations);
    }

    private static List<ValidationViolation>? PromotedWarnings(IReadOnlyList<ValidationViolation> violations, ISet<string> exempt)
    {
        List<ValidationViolation>? promoted = null;
        foreach (var violation in violations)
        {
            if (violation.Severity == RuleSeverity.Warning && !exempt.Contains(violation.RuleId))
            {
                (promoted ??= new List<ValidationViolation>()).Add(violation);
            }
        }

        return promoted;
    }

    /// <summary>The URL requests are posted to.</summary>
    public Uri Address => _endpoint.Address;

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

        if (action.RegionRequired && _options.Region is null)
        {
            throw new InvalidOperationException($"{action.Action} needs a region: set TencentCloudClientOptions.Region (X-TC-Region).");
        }

        if (_options.ValidateRequests)
        {
            Validate(request, action);
        }

        var body = Serialize(request);
        // A credential call's bodies hold its secrets: never logged, even when bodies are asked for.
        var logBodies = secrets.IsNone;
        if (logBodies)
        {
            _telemetry.RequestBody(action, body);
        }

        var limiter = _options.RateLimiting ? _shared.Limiters.For(action) : null;
        var call = _telemetry.StartCall(action, _options.Region);
        var started = _telemetry.CallStarted();
        var attempts = 0;
        try
        {
            var resigned = false;
            for (var attempt = 1; ; attempt++)
            {
                if (limiter is not null)
                {
                    var waitStarted = _telemetry.WaitStarted();
                    using var lease = await limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
                    _telemetry.RateLimiterWaited(action, waitStarted);
                }

                // Asked at every attempt, after any wait: a retry after a back-off never signs with a stale key.
                var credential = _unsigned ? null : await CurrentCredentialAsync(cancellationToken).ConfigureAwait(false);
                var state = new AttemptState();
                var attemptActivity = _telemetry.StartAttempt(call, action, attempt);
                attempts++;
                try
                {
                    var answer = await SendOnceAsync(action, body, credential, state, cancellationToken).ConfigureAwait(false);
                    if (logBodies)
                    {
                        _telemetry.ResponseBody(action, answer);
                    }

                    var response = readResponse(answer);
                    var requestId = response is IApiResponse read ? read.RequestId : null;
                    _telemetry.AttemptEnded(attemptActivity, action, null, requestId);
                    _telemetry.CallEnded(call, action, started, attempts, null, requestId);
                    return response;
                }
                catch (Exception caught)
                {
                    // From here on, what the spans, logs and caller see: nothing the attempt carried that is secret.
                    var e = secrets.With(credential).Conceal(caught);
                    _telemetry.AttemptEnded(attemptActivity, action, e, ClientTelemetry.RequestIdOf(e));
                    if (!resigned && e is TencentCloudApiException { CommonCode: CommonErrorCode.AuthFailureSignatureExpire } && AdoptServerClock(state.ServerDate, out var skew))
                    {
                        // Our clock is off by more than the service allows: sign once more with the service's time.
                        _telemetry.Resigning(call, action, attempts, e, skew);
                        resigned = true;
                        attempt--;
                        continue;
                    }

                    if (e is TencentCloudException failure && attempt < _options.Retry.MaxAttempts && RetryPolicy.ShouldRetry(failure, action.Idempotent))
                    {
                        var delay = RetryPolicy.Delay(_options.Retry, attempt);
                        _telemetry.Repeating(call, action, attempts, e, delay);
                        await Task.Delay(delay, _options.TimeProvider, cancellationToken).ConfigureAwait(false);
                        continue;
                    }

                    if (!ReferenceEquals(e, caught))
                    {
                        throw e;
                    }

                    throw;
                }
            }
        }
        catch (Exception e)
        {
            _telemetry.CallEnded(call, action, started, attempts, e, ClientTelemetry.RequestIdOf(e));
            throw;
        }
    }

    private async ValueTask<Credential> CurrentCredentialAsync(CancellationToken cancellationToken)
    {
        var credential = await _credentials.GetCredentialAsync(cancellationToken).ConfigureAwait(false) ??
            throw new InvalidOperationException($"The credential provider {_credentials} returned no credentials.");
        if (credential.Expiration is { } expiration)
        {
            var now = _options.TimeProvider.GetUtcNow();
            if (expiration <= now)
            {
                throw new CredentialExpiredException(_credentials.ToString() ?? _credentials.GetType().Name, expiration, now);
            }
        }

        return credential;
    }

    private static byte[] Serialize(IApiRequest request)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            request.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private async Task<byte[]> SendOnceAsync(ApiActionInfo action, byte[] body, Credential? credential, AttemptState state, CancellationToken cancellationToken)
    {
        using var message = CreateMessage(action, body, credential);
        using var timeout = TimeoutSource.Create(_options.Timeout, _options.TimeProvider);
        // Linking costs a registration per call; a token that cannot be cancelled needs none.
        using var linked = cancellationToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token) : timeout;
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TencentCloudTimeoutException(action.Action, _options.Timeout, e);
        }
        catch (HttpRequestException e)
        {
            var (notSent, description) = TransportFailure.Describe(e);
            throw new TencentCloudTransportException(action.Action, $"{action.Action}: {description}", requestMayHaveBeenSent: !notSent, e);
        }

        using (response)
        {
            state.ServerDate = response.Headers.Date;
            byte[] answer;
            try
            {
                answer = await CappedBody.ReadAsync(action.Action, response, _options.MaxResponseBytes, linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TencentCloudTimeoutException(action.Action, _options.Timeout, e);
            }
            catch (Exception e) when (e is IOException or HttpRequestException)
            {
                throw new TencentCloudTransportException(action.Action, $"{action.Action}: the connection broke while the answer was read ({e.Message}).", requestMayHaveBeenSent: true, e);
            }

            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new TencentCloudHttpException(action.Action, response.StatusCode, WireReader.Excerpt(answer));
            }

            return answer;
        }
    }

    private HttpRequestMessage CreateMessage(ApiActionInfo action, byte[] body, Credential? credential)
    {
        var timestamp = _options.TimeProvider.GetUtcNow().ToUnixTimeSeconds() + Interlocked.Read(ref _shared.ClockSkewSeconds);
        var authorization = credential is null
            ? "SKIP"
            : _shared.SignerFor(credential).Authorize(new SigningInput("POST", action.Service, timestamp, _signedHeaders, body));
        var message = new HttpRequestMessage(HttpMethod.Post, _endpoint.Address) { Content = new ByteArrayContent(body) };
        message.Content.Headers.ContentType = Json;
        var headers = message.Headers;
        if (_endpoint.HostHeader is { } host)
        {
            headers.Host = host;
        }

        headers.TryAddWithoutValidation("Authorization", authorization);
        headers.TryAddWithoutValidation("X-TC-Action", action.Action);
        headers.TryAddWithoutValidation("X-TC-Version", action.Version);
        headers.TryAddWithoutValidation("X-TC-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        headers.TryAddWithoutValidation("X-TC-RequestClient", _options.RequestClient);
        if (_options.Region is { } region)
        {
            headers.TryAddWithoutValidation("X-TC-Region", region);
        }

        if (credential?.Token is { } token)
        {
            headers.TryAddWithoutValidation("X-TC-Token", token);
        }

        if (_options.Language is { } language)
        {
            headers.TryAddWithoutValidation("X-TC-Language", language);
        }

        return message;
    }

    private bool AdoptServerClock(DateTimeOffset? serverDate, out long skew)
    {
        if (serverDate is not { } server)
        {
            skew = 0;
            return false;
        }

        skew = (long)Math.Round((server - _options.TimeProvider.GetUtcNow()).TotalSeconds);
        Interlocked.Exchange(ref _shared.ClockSkewSeconds, skew);
        return true;
    }

    private sealed class AttemptState
    {
        public DateTimeOffset? ServerDate { get; set; }
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

        public ActionRateLimiters Limiters { get; } = new();

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
