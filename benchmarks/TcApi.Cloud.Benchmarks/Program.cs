using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(TcApi.Cloud.Benchmarks.RoundTripBenchmarks).Assembly).Run(args);
