using System.Text;
using BenchmarkDotNet.Attributes;
using TcApi.Gaap.V20180529;

namespace TcApi.Benchmarks;

/// <summary>
/// The valid-response read path, small and large: the same file is run on a commit before lenient reading and after
/// it (issue 20), so the two can be compared figure for figure.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class ReadPathBenchmarks
{
    public static readonly byte[] Listeners = Encoding.UTF8.GetBytes(
        "{\"Response\":{\"TotalCount\":100,\"ListenerSet\":[" +
        string.Join(",", Enumerable.Range(0, 100).Select(i =>
            $$"""{"ListenerId":"listener-{{i:x8}}","ListenerName":"web-{{i}}","Port":{{8000 + i}},"RealServerPort":80,"RealServerType":"IP","Protocol":"TCP","ListenerStatus":0,"Scheduler":"rr","ConnectTimeout":2,"DelayLoop":5,"HealthCheck":1,"BindStatus":0,"RealServerSet":[],"CreateTime":1551113065,"ClientIPMethod":0,"HealthyThreshold":3,"UnhealthyThreshold":3,"FailoverSwitch":0,"SessionPersist":0,"ProxyId":"link-bjkpdum1","GroupId":""}""")) +
        "],\"RequestId\":\"9aeda369-17c7-429f-be39-745c1e92fc71\"}}");

    [Benchmark(Baseline = true, Description = "CreateTCPListenersResponse.Read (published answer, 1 listener id)")]
    public CreateTCPListenersResponse Small() => CreateTCPListenersResponse.Read(PublishedExample.Response);

    [Benchmark(Description = "DescribeTCPListenersResponse.Read (100 listeners, 21 members each)")]
    public DescribeTCPListenersResponse Large() => DescribeTCPListenersResponse.Read(Listeners);
}
