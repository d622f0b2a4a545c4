using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using TcApi.Errors;
using TcApi.Signing;
using TcApi.Wire;

namespace TcApi.Client;

/// <summary>
/// The work every action shares: validate, serialise, wait for the rate limiter, sign, send, read, retry.
/// Generated service clients are thin wrappers over it. Thread-safe.
/// </summary>
public sealed class TencentCloudClient
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    // The generated writers produce well-formed JSON by construction; the writer need not check every call.
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };

    private readonly HttpClient _http;
    private readonly Tc3Signer _signer;
    private readonly TencentCloudClientOptions _options;
    private readonly Endpoint _endpoint;
    private readonly ActionRateLimiters _limiters = new();
    private readonly KeyValuePair<string, string>[] _signedHeaders;
    private long _clockSkewSeconds;

    /// <summary>Creates the core for a service whose default endpoint host is <paramref name="defaultEndpoint"/>.</summary>
    public TencentCloudClient(HttpClient httpClient, Credential credential, TencentCloudClientOptions options, string defaultEndpoint)
    {
        _http = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        _signer = new Tc3Signer(credential ?? throw new ArgumentNullException(nameof(credential)));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _endpoint = Endpoint.Create(options.Endpoint, options.Host, defaultEndpoint);
        _signedHeaders = [new("content-type", "application/json"), new("host", _endpoint.SignedHost)];
    }

    /// <summary>The URL requests are posted to.</summary>
    public Uri Address => _endpoint.Address;

    /// <summary>Calls the action of <typeparamref name="TRequest"/> and reads its response.</summary>
    public async Task<TResponse> SendAsync<TRequest, TResponse>(TRequest request, CancellationToken cancellationToken = default)
        where TRequest : IApiRequest
        where TResponse : IApiResponse<TResponse>
    {
        ArgumentNullException.ThrowIfNull(request);
        var action = TRequest.ActionInfo;
        if (action.RegionRequired && _options.Region is null)
        {
            throw new InvalidOperationException($"{action.Action} needs a region: set TencentCloudClientOptions.Region (X-TC-Region).");
        }

        if (_options.ValidateRequests)
        {
            request.Validate().ThrowIfInvalid(action.Action);
        }

        var body = Serialize(request);
        var limiter = _options.RateLimiting ? _limiters.For(action) : null;
        var resigned = false;
        for (var attempt = 1; ; attempt++)
        {
            if (limiter is not null)
            {
                using var lease = await limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
            }

            var state = new AttemptState();
            try
            {
                var answer = await SendOnceAsync(action, body, state, cancellationToken).ConfigureAwait(false);
                return TResponse.Read(answer);
            }
            catch (TencentCloudApiException e) when (!resigned && e.RawCode == "AuthFailure.SignatureExpire" && AdoptServerClock(state.ServerDate))
            {
                // Our clock is off by more than the service allows: sign once more with the service's time.
                resigned = true;
                attempt--;
            }
            catch (TencentCloudException e) when (attempt < _options.Retry.MaxAttempts && RetryPolicy.ShouldRetry(e, action.Idempotent))
            {
                await Task.Delay(RetryPolicy.Delay(_options.Retry, attempt), _options.TimeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static byte[] Serialize<TRequest>(TRequest request)
        where TRequest : IApiRequest
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            request.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private async Task<byte[]> SendOnceAsync(ApiActionInfo action, byte[] body, AttemptState state, CancellationToken cancellationToken)
    {
        using var message = CreateMessage(action, body);
        using var timeout = new CancellationTokenSource(_options.Timeout, _options.TimeProvider);
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
            var notSent = e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError;
            throw new TencentCloudTransportException(action.Action, $"{action.Action}: {Describe(e)}", requestMayHaveBeenSent: !notSent, e);
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

    private HttpRequestMessage CreateMessage(ApiActionInfo action, byte[] body)
    {
        var timestamp = _options.TimeProvider.GetUtcNow().ToUnixTimeSeconds() + Interlocked.Read(ref _clockSkewSeconds);
        var authorization = _signer.Authorize(new SigningInput("POST", action.Service, timestamp, _signedHeaders, body));
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

        if (_signer.Credential.Token is { } token)
        {
            headers.TryAddWithoutValidation("X-TC-Token", token);
        }

        if (_options.Language is { } language)
        {
            headers.TryAddWithoutValidation("X-TC-Language", language);
        }

        return message;
    }

    private bool AdoptServerClock(DateTimeOffset? serverDate)
    {
        if (serverDate is not { } server)
        {
            return false;
        }

        var skew = (long)Math.Round((server - _options.TimeProvider.GetUtcNow()).TotalSeconds);
        Interlocked.Exchange(ref _clockSkewSeconds, skew);
        return true;
    }

    private static string Describe(HttpRequestException e) => e.HttpRequestError switch
    {
        HttpRequestError.ConnectionError => "could not connect to the endpoint (" + e.Message + "); the request was not sent.",
        HttpRequestError.NameResolutionError => "could not resolve the endpoint's name (" + e.Message + "); the request was not sent.",
        HttpRequestError.SecureConnectionError => "the TLS handshake failed (" + e.Message + "); the request was not sent.",
        _ => "the connection failed (" + e.Message + "); the request may have been sent.",
    };

    private sealed class AttemptState
    {
        public DateTimeOffset? ServerDate { get; set; }
    }
}
