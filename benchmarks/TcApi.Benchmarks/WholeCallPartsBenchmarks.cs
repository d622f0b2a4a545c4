using System.Buffers;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using TcApi.Client;
using TcApi.Gaap.V20180529;
using TcApi.Signing;
using TcApi.Wire;

namespace TcApi.Benchmarks;

/// <summary>
/// The whole call of <see cref="WholeCallBenchmarks"/> taken apart: each part alone, the same parts done by hand in a row
/// without the client's pipeline, and the client's call — so the pipeline's own cost is the difference of the last two,
/// and HttpClient's is a floor no client of it can go below.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class WholeCallPartsBenchmarks
{
    private static readonly Uri Address = new("https://gaap.tencentcloudapi.com/");
    private static readonly KeyValuePair<string, string>[] SignedHeaders = [new("content-type", "application/json"), new("host", "gaap.tencentcloudapi.com")];
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly CreateTCPListenersRequest _request = PublishedExample.Request();
    private readonly byte[] _body = PublishedExample.Request().ToJsonUtf8();
    private readonly ArrayBufferWriter<byte> _buffer = new(256);
    private readonly Utf8JsonWriter _writer = new(Stream.Null, new JsonWriterOptions { SkipValidation = true });
    private readonly Tc3Signer _signer = new(new Credential(PublishedExample.SecretId, PublishedExample.SecretKey));
    private readonly HttpClient _http = new(new PublishedResponseHandler());
    private readonly HttpMessageInvoker _invoker = new(new PublishedResponseHandler());
    private readonly byte[] _signingKey = RandomNumberGenerator.GetBytes(32);
    private readonly byte[] _canonical = new byte[300];
    private readonly byte[] _stringToSign = new byte[120];
    private readonly IncrementalHash _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private IncrementalHash? _hmac;
    private readonly GaapClient _client = new(
        new HttpClient(new PublishedResponseHandler()),
        new Credential(PublishedExample.SecretId, PublishedExample.SecretKey),
        new TencentCloudClientOptions { RateLimiting = false });

    [Benchmark(Description = "validate")]
    public int Validate() => _request.Validate().Violations.Count;

    [Benchmark(Description = "write the body (reused writer, copied out)")]
    public byte[] Write() => WriteBody();

    [Benchmark(Description = "sign (Tc3Signer.Authorize)")]
    public string Sign() => _signer.Authorize(new SigningInput("POST", "gaap", PublishedExample.Timestamp, SignedHeaders, _body));

    [Benchmark(Description = "crypto: 2 x SHA256.HashData + HMACSHA256.HashData")]
    public byte CryptoOneShot()
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(_body, hash);
        SHA256.HashData(_canonical, hash);
        HMACSHA256.HashData(_signingKey, _stringToSign, hash);
        return hash[0];
    }

    [Benchmark(Description = "crypto: the same through reused IncrementalHash objects")]
    public byte CryptoReused()
    {
        Span<byte> hash = stackalloc byte[32];
        _sha.AppendData(_body);
        _sha.GetHashAndReset(hash);
        _sha.AppendData(_canonical);
        _sha.GetHashAndReset(hash);
        var hmac = _hmac ??= IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _signingKey);
        hmac.AppendData(_stringToSign);
        hmac.GetHashAndReset(hash);
        return hash[0];
    }

    [Benchmark(Description = "HttpRequestMessage, content and the X-TC headers")]
    public HttpRequestMessage Message()
    {
        using var message = CreateMessage(_body, "TC3-HMAC-SHA256 Credential=x", PublishedExample.Timestamp);
        return message;
    }

    [Benchmark(Description = "timeout token source (created and disposed)")]
    public bool TimeoutToken()
    {
        using var timeout = new CancellationTokenSource(Timeout, TimeProvider.System);
        return timeout.Token.CanBeCanceled;
    }

    [Benchmark(Description = "handler alone (HttpMessageInvoker, bare message)")]
    public async Task<long?> HandlerAlone()
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, Address) { Content = new ByteArrayContent(_body) };
        using var response = await _invoker.SendAsync(message, CancellationToken.None);
        return response.Content.Headers.ContentLength;
    }

    [Benchmark(Description = "HttpClient.SendAsync, bare message, no token")]
    public async Task<long?> HttpClientAlone()
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, Address) { Content = new ByteArrayContent(_body) };
        using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, CancellationToken.None);
        return response.Content.Headers.ContentLength;
    }

    [Benchmark(Description = "HttpClient.SendAsync, bare message, timeout token")]
    public async Task<long?> HttpClientWithTimeout()
    {
        using var timeout = new CancellationTokenSource(Timeout, TimeProvider.System);
        using var message = new HttpRequestMessage(HttpMethod.Post, Address) { Content = new ByteArrayContent(_body) };
        using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        return response.Content.Headers.ContentLength;
    }

    [Benchmark(Description = "read the answer: stream into a pooled buffer, lenient typed read")]
    public async Task<CreateTCPListenersResponse> ReadAnswer()
    {
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new ByteArrayContent(PublishedExample.Response) };
        return await ReadAsync(response, CancellationToken.None);
    }

    [Benchmark(Description = "typed read alone (lenient)")]
    public CreateTCPListenersResponse TypedRead() => ResponseReading.Leniently(CreateTCPListenersResponse.Read, PublishedExample.Response);

    [Benchmark(Description = "by hand: every part in a row, no pipeline")]
    public async Task<CreateTCPListenersResponse> ByHand()
    {
        if (_request.Validate().Violations.Count != 0)
        {
            throw new InvalidOperationException();
        }

        var body = WriteBody();
        var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        var authorization = _signer.Authorize(new SigningInput("POST", "gaap", timestamp, SignedHeaders, body));
        using var message = CreateMessage(body, authorization, timestamp);
        using var timeout = new CancellationTokenSource(Timeout, TimeProvider.System);
        using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        return await ReadAsync(response, timeout.Token);
    }

    [Benchmark(Baseline = true, Description = "TcApi: whole call")]
    public Task<CreateTCPListenersResponse> WholeCall() => _client.CreateTCPListenersAsync(_request);

    private byte[] WriteBody()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        _request.WriteTo(_writer);
        _writer.Flush();
        return _buffer.WrittenSpan.ToArray();
    }

    private static HttpRequestMessage CreateMessage(byte[] body, string authorization, long timestamp)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, Address) { Content = new ByteArrayContent(body) };
        message.Content.Headers.ContentType = Json;
        var headers = message.Headers;
        headers.TryAddWithoutValidation("Authorization", authorization);
        headers.TryAddWithoutValidation("X-TC-Action", "CreateTCPListeners");
        headers.TryAddWithoutValidation("X-TC-Version", "2018-05-29");
        headers.TryAddWithoutValidation("X-TC-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        headers.TryAddWithoutValidation("X-TC-RequestClient", "TcApi_0.1.0");
        return message;
    }

    private static async Task<CreateTCPListenersResponse> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var length = (int)(response.Content.Headers.ContentLength ?? 16 * 1024);
        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = ArrayPool<byte>.Shared.Rent(length + 1);
        try
        {
            var read = 0;
            int n;
            while ((n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
            {
                read += n;
            }

            return ResponseReading.Leniently(CreateTCPListenersResponse.Read, buffer.AsSpan(0, read));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
