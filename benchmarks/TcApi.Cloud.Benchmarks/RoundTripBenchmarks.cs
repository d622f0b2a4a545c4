using System.Net;
using System.Net.Http.Headers;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using TcApi.Client;
using TcApi.Cvm.V20170312;
using TcApi.Emulator.Cloud;

namespace TcApi.Cloud.Benchmarks;

/// <summary>
/// CVM DescribeInstances through the generated client in a warm process: answered by the local cloud in-process (the
/// signature verified, the request read and validated, the published example chosen, the call recorded) against a
/// handler that returns the same answer's bytes and checks nothing. The difference is what the local cloud costs a test.
/// </summary>
[Config(typeof(Config))]
public class RoundTripBenchmarks
{
    private readonly DescribeInstancesRequest _request = new() { Limit = 1 };
    private LocalCloud _cloud = null!;
    private CvmClient _viaCloud = null!;
    private CvmClient _viaBytes = null!;

    [GlobalSetup]
    public async Task SetUp()
    {
        _cloud = new LocalCloud();
        _cloud.Service(CvmActions.All);
        var options = new TencentCloudClientOptions { Region = "ap-guangzhou", RateLimiting = false };
        _viaCloud = new CvmClient(_cloud.CreateHttpClient(), _cloud.Credential, options);
        await _viaCloud.DescribeInstancesAsync(_request);
        var bytes = System.Text.Encoding.UTF8.GetBytes(_cloud.Calls[0].ResponseJson);
        _viaBytes = new CvmClient(new HttpClient(new FixedAnswer(bytes)), _cloud.Credential, options);
    }

    [Benchmark(Baseline = true, Description = "plain handler, same bytes")]
    public Task<DescribeInstancesResponse> PlainHandler() => _viaBytes.DescribeInstancesAsync(_request);

    [Benchmark(Description = "local cloud, in-process")]
    public Task<DescribeInstancesResponse> LocalCloudInProcess() => _viaCloud.DescribeInstancesAsync(_request);

    private sealed class FixedAnswer(byte[] body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10));
            AddDiagnoser(MemoryDiagnoser.Default);
            AddColumn(StatisticColumn.Median);
            SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Value);
        }
    }
}
