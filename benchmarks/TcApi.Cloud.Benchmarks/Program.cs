using BenchmarkDotNet.Running;

if (args is ["profile"])
{
    TcApi.Cloud.Benchmarks.LargeAnswer.ReadProfile.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(TcApi.Cloud.Benchmarks.RoundTripBenchmarks).Assembly).Run(args);
