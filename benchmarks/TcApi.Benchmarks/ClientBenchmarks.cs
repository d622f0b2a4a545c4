using BenchmarkDotNet.Attributes;
using TcApi.Benchmarks.OfficialSdkMethod;
using TcApi.Client;
using TcApi.Gaap.V20180529;
using TcApi.Signing;

namespace TcApi.Benchmarks;

/// <summary>One whole CreateTCPListeners call through an in-memory handler that returns the published response.</summary>
[Config(typeof(BenchmarkConfig))]
public class WholeCallBenchmarks
{
    private readonly OfficialSdkMethodClient _official = new(new HttpClient(new PublishedResponseHandler()));
    private readonly SdkCreateTCPListenersRequest _officialRequest = SdkCreateTCPListenersRequest.Example();
    private readonly CreateTCPListenersRequest _request = PublishedExample.Request();
    private readonly GaapClient _client = new(
        new HttpClient(new PublishedResponseHandler()),
        new Credential(PublishedExample.SecretId, PublishedExample.SecretKey),
        // The rate limiter would make this a benchmark of waiting; everything else (validation included) runs.
        new TencentCloudClientOptions { RateLimiting = false });

    [Benchmark(Baseline = true, Description = "official SDK method: whole call")]
    public Task<SdkCreateTCPListenersResponse> OfficialSdkMethod() => _official.CreateTCPListeners(_officialRequest);

    [Benchmark(Description = "TcApi: whole call (validate, serialise, sign, send, read)")]
    public Task<CreateTCPListenersResponse> TcApi() => _client.CreateTCPListenersAsync(_request);
}
