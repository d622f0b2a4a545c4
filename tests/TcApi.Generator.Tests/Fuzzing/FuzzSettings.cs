namespace TcApi.Generator.Tests.Fuzzing;

/// <summary>
/// How long the fuzzers run: a fixed seed and a bounded number of cases in CI; set TCAPI_FUZZ_ITERATIONS (and
/// optionally TCAPI_FUZZ_SEED, empty for a random one) for a longer local run. Each run prints its seed.
/// </summary>
internal static class FuzzSettings
{
    public const string CiSeed = "0N0XIzNsQ0O2";

    public static long Iterations(long ci) =>
        long.TryParse(Environment.GetEnvironmentVariable("TCAPI_FUZZ_ITERATIONS"), out var n) && n > 0 ? n : ci;

    /// <summary>A seed for <see cref="Random"/>: TCAPI_FUZZ_SEED as a number, or one derived from the text seed.</summary>
    public static int NumericSeed =>
        int.TryParse(Seed, out var number) ? number : Seed is { } text ? text.Aggregate(17, (h, c) => unchecked((h * 31) + c)) : Random.Shared.Next();

    /// <summary>Where the seed came from, for the output of a run.</summary>
    public static string SeedOrigin => Seed is null ? "random" : Seed == CiSeed ? "the fixed CI seed" : "TCAPI_FUZZ_SEED";

    public static string? Seed =>
        Environment.GetEnvironmentVariable("TCAPI_FUZZ_SEED") is { } seed ? (seed.Length == 0 ? null : seed) : CiSeed;
}
