using BenchmarkDotNet.Attributes;
using TcApi.Gaap.V20180529;
using TcApi.Wire;

namespace TcApi.Benchmarks;

/// <summary>A valid answer read directly (strictly) and as a client reads it (leniently, issue 20): the same work.</summary>
[Config(typeof(BenchmarkConfig))]
public class LenientReadBenchmarks
{
    [Benchmark(Baseline = true, Description = "DescribeTCPListenersResponse.Read, strict (100 listeners)")]
    public DescribeTCPListenersResponse Strict() => DescribeTCPListenersResponse.Read(ReadPathBenchmarks.Listeners);

    [Benchmark(Description = "ResponseReading.Leniently(DescribeTCPListenersResponse.Read), as the client reads (100 listeners)")]
    public DescribeTCPListenersResponse Lenient() => ResponseReading.Leniently(DescribeTCPListenersResponse.Read, ReadPathBenchmarks.Listeners);

    [Benchmark(Description = "CreateTCPListenersResponse.Read, strict (published answer)")]
    public CreateTCPListenersResponse SmallStrict() => CreateTCPListenersResponse.Read(PublishedExample.Response);

    [Benchmark(Description = "ResponseReading.Leniently(CreateTCPListenersResponse.Read) (published answer)")]
    public CreateTCPListenersResponse SmallLenient() => ResponseReading.Leniently(CreateTCPListenersResponse.Read, PublishedExample.Response);
}
