using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace TcApi.Benchmarks;

/// <summary>
/// <see cref="BenchmarkConfig"/>'s columns and diagnoser, run in process with fewer iterations: a 10,000-event case
/// takes tens of milliseconds per operation, and a separate build of the suite per run costs more than the run on a
/// shared machine.
/// </summary>
public sealed class StreamingBenchmarkConfig : ManualConfig
{
    public StreamingBenchmarkConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(2).WithIterationCount(8));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median);
        SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Value);
    }
}
