using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using TcApi.Benchmarks.OfficialSdkMethod;
using TcApi.Gaap.V20180529;
using TcApi.Signing;

namespace TcApi.Benchmarks;

/// <summary>TC3 signing of the request body, against the crypto floor measured in the same run.</summary>
[Config(typeof(BenchmarkConfig))]
public class SigningBenchmarks
{
    private static readonly KeyValuePair<string, string>[] Headers = [new("content-type", "application/json"), new("host", "gaap.tencentcloudapi.com")];
    private readonly byte[] _body = PublishedExample.Request().ToJsonUtf8();
    private readonly string _bodyText = Encoding.UTF8.GetString(PublishedExample.Request().ToJsonUtf8());
    private readonly byte[] _signingKey = new byte[32];
    private readonly byte[] _canonical = new byte[220];
    private readonly byte[] _stringToSign = new byte[120];
    private readonly Tc3Signer _signer = new(new Credential(PublishedExample.SecretId, PublishedExample.SecretKey));

    /// <summary>SHA-256 of the body, SHA-256 of a canonical request, one HMAC with a cached key: nothing else.</summary>
    [Benchmark(Baseline = true, Description = "crypto floor: 2 x SHA-256 + 1 HMAC-SHA256")]
    public byte CryptoFloor()
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(_body, hash);
        SHA256.HashData(_canonical, hash);
        HMACSHA256.HashData(_signingKey, _stringToSign, hash);
        return hash[0];
    }

    [Benchmark(Description = "TcApi: Tc3Signer.Authorize")]
    public string TcApi() => _signer.Authorize(new SigningInput("POST", "gaap", PublishedExample.Timestamp, Headers, _body));

    [Benchmark(Description = "official SDK method: sign")]
    public string OfficialSdkMethod() => OfficialSdkMethodClient.Sign(_bodyText, PublishedExample.Timestamp);
}

/// <summary>Writing the request body.</summary>
[Config(typeof(BenchmarkConfig))]
public class SerializationBenchmarks
{
    private readonly SdkCreateTCPListenersRequest _officialRequest = SdkCreateTCPListenersRequest.Example();
    private readonly CreateTCPListenersRequest _request = PublishedExample.Request();
    private readonly ArrayBufferWriter<byte> _buffer = new(512);
    private readonly Utf8JsonWriter _writer = new(Stream.Null, new JsonWriterOptions { SkipValidation = true });

    [Benchmark(Baseline = true, Description = "official SDK method: Newtonsoft, nulls ignored")]
    public string OfficialSdkMethod() => OfficialSdkMethodClient.Serialize(_officialRequest);

    [Benchmark(Description = "TcApi: WriteTo(Utf8JsonWriter) into a reused buffer, as the client writes")]
    public int TcApi()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        _request.WriteTo(_writer);
        _writer.Flush();
        return _buffer.WrittenCount;
    }
}

/// <summary>Reading the published response.</summary>
[Config(typeof(BenchmarkConfig))]
public class ResponseBenchmarks
{
    private readonly string _text = Encoding.UTF8.GetString(PublishedExample.Response);

    [Benchmark(Baseline = true, Description = "official SDK method: two typed Newtonsoft reads")]
    public SdkCreateTCPListenersResponse OfficialSdkMethod() => OfficialSdkMethodClient.Read(_text);

    [Benchmark(Description = "TcApi: CreateTCPListenersResponse.Read")]
    public CreateTCPListenersResponse TcApi() => CreateTCPListenersResponse.Read(PublishedExample.Response);
}

/// <summary>Validate() on a valid request and on one with three violations.</summary>
[Config(typeof(BenchmarkConfig))]
public class ValidationBenchmarks
{
    private readonly CreateTCPListenersRequest _valid = PublishedExample.Request();
    private readonly CreateTCPListenersRequest _invalid = PublishedExample.Request() with { Ports = [0, 90, 90], DelayLoop = 400 };

    [Benchmark(Baseline = true, Description = "Validate(): valid request")]
    public int Valid() => _valid.Validate().Violations.Count;

    [Benchmark(Description = "Validate(): three violations")]
    public int ThreeViolations() => _invalid.Validate().Violations.Count;
}
