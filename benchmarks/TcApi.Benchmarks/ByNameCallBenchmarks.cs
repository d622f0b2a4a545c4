using System.Text.Json;
using BenchmarkDotNet.Attributes;
using TcApi.Client;
using TcApi.Gaap.V20180529;
using TcApi.Signing;

namespace TcApi.Benchmarks;

/// <summary>
/// CreateTCPListeners called by name with the JSON the typed call writes, against the typed call, through an in-memory
/// handler that returns the published response: what a call by name costs beside the typed one.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class ByNameCallBenchmarks
{
    private readonly CreateTCPListenersRequest _request = PublishedExample.Request();
    private readonly ReadOnlyMemory<byte> _body;
    private readonly ApiActionDescriptor _known = GaapActions.Find("CreateTCPListeners")!;
    private readonly GaapClient _client = new(
        new HttpClient(new PublishedResponseHandler()),
        new Credential(PublishedExample.SecretId, PublishedExample.SecretKey),
        new TencentCloudClientOptions { RateLimiting = false });

    public ByNameCallBenchmarks()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            _request.WriteTo(writer);
        }

        _body = stream.ToArray();
    }

    [Benchmark(Baseline = true, Description = "typed call")]
    public async Task<int> Typed() => (await _client.CreateTCPListenersAsync(_request)).ListenerIds.Count;

    [Benchmark(Description = "by name, validated (descriptor)")]
    public async Task<int> ByNameValidated()
    {
        using var answer = await _client.Core.CallActionAsync(_known, _body);
        return answer.Response.GetProperty("ListenerIds").GetArrayLength();
    }

    [Benchmark(Description = "by name, unvalidated (ApiActionInfo)")]
    public async Task<int> ByNameUnvalidated()
    {
        using var answer = await _client.Core.CallActionAsync(_known.Info, _body);
        return answer.Response.GetProperty("ListenerIds").GetArrayLength();
    }
}
