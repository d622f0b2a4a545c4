using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using TcApi.Client;
using TcApi.Cvm.V20170312;
using TcApi.Signing;
using TcApi.Wire;

namespace TcApi.Cloud.Benchmarks.LargeAnswer;

/// <summary>
/// CVM DescribeInstances answered with 100 instances (184 KB, <see cref="CvmAnswer"/>), the whole call through an
/// in-memory handler: the official SDK's method (<see cref="OfficialCvmMethodClient"/>) is the baseline, measured in
/// the same run. MemoryDiagnoser's Gen2 column counts generation-2 collections per 1,000 calls (issue 23: zero).
/// </summary>
[Config(typeof(LargeAnswerConfig))]
public class LargeAnswerCallBenchmarks
{
    private readonly OfficialCvmMethodClient _official = new(new HttpClient(new FixedAnswer(CvmAnswer.Bytes)));
    private readonly SdkDescribeInstancesRequest _officialRequest = new() { Limit = CvmAnswer.Count };
    private readonly DescribeInstancesRequest _request = new() { Limit = CvmAnswer.Count };
    private readonly CvmClient _client = new(
        new HttpClient(new FixedAnswer(CvmAnswer.Bytes)),
        new Credential("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"),
        new TencentCloudClientOptions { Region = "ap-guangzhou", RateLimiting = false });

    [Benchmark(Baseline = true, Description = "official SDK method: DescribeInstances, 100 instances")]
    public Task<SdkDescribeInstancesResponse> OfficialSdkMethod() => _official.DescribeInstances(_officialRequest);

    [Benchmark(Description = "TcApi: DescribeInstances, 100 instances (whole call)")]
    public Task<DescribeInstancesResponse> TcApi() => _client.DescribeInstancesAsync(_request);
}

/// <summary>
/// Reading the same 184 KB answer: the floor is one pass of <see cref="Utf8JsonReader"/> over its bytes (every token,
/// nothing kept); TcApi reads it strictly (<c>DescribeInstancesResponse.Read</c>) and as a client does (leniently).
/// Two answers: the published example with distinct instance ids only (<see cref="CvmAnswer.Bytes"/>, the figures
/// before issue 23's string sharing) and with every per-instance value distinct (<see cref="CvmAnswer.DistinctBytes"/>).
/// </summary>
[Config(typeof(LargeAnswerConfig))]
public class LargeAnswerReadBenchmarks
{
    private byte[] _answer = CvmAnswer.Bytes;
    private string _text = string.Empty;

    [Params("example", "distinct")]
    public string Answer { get; set; } = "example";

    [GlobalSetup]
    public void Setup()
    {
        _answer = Answer == "distinct" ? CvmAnswer.DistinctBytes : CvmAnswer.Bytes;
        _text = System.Text.Encoding.UTF8.GetString(_answer);
    }

    [Benchmark(Baseline = true, Description = "floor: one Utf8JsonReader pass over the answer")]
    public int Floor()
    {
        var reader = new Utf8JsonReader(_answer);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    [Benchmark(Description = "TcApi: DescribeInstancesResponse.Read")]
    public DescribeInstancesResponse Strict() => DescribeInstancesResponse.Read(_answer);

    [Benchmark(Description = "TcApi: read as a client reads (leniently)")]
    public DescribeInstancesResponse Lenient() => ResponseReading.Leniently(DescribeInstancesResponse.Read, _answer);

    [Benchmark(Description = "official SDK method: two typed Newtonsoft reads of the string")]
    public SdkDescribeInstancesResponse Official() => OfficialCvmMethodClient.Read(_text);
}

/// <summary>An endpoint that answers every call with the same bytes (Content-Length set, as the service sets it).</summary>
public sealed class FixedAnswer(byte[] body) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
    }
}

/// <summary>
/// Medians, allocations, generation counts and ratios to the baseline of the same run; in process, as the streaming
/// benchmarks run: a separate build of the suite per run costs more than the run on a shared machine.
/// </summary>
public sealed class LargeAnswerConfig : ManualConfig
{
    public LargeAnswerConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(12));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median);
        SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Value);
    }
}
