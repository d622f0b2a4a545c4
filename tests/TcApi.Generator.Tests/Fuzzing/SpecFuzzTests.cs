using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;

namespace TcApi.Generator.Tests.Fuzzing;

/// <summary>
/// Mutated specs through the real generator driver: it never throws; a rejected spec gets at least one TCAPI0xxx
/// located in the spec file; an accepted one produces code that compiles.
/// </summary>
public class SpecFuzzTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("gaap-v20180529.tcapi.json")]
    [InlineData("demo-v20240101.tcapi.json")]
    public void Mutated_specs_never_crash_the_generator(string spec)
    {
        var text = GeneratorHarness.ReadSpec(spec);
        // The same mutations on every run (CsCheck draws fresh cases after a given seed's first): CI never fails at random.
        var seed = FuzzSettings.NumericSeed;
        var cases = FuzzSettings.Iterations(150);
        // Every run names its seed, a passing one too: a random run that passed can be repeated or extended.
        output.WriteLine($"{spec}: TCAPI_FUZZ_SEED={seed} ({FuzzSettings.SeedOrigin}), {cases} cases");
        var random = new Random(seed);
        for (var i = 0; i < cases; i++)
        {
            var mutation = new SpecMutation(random.Next(SpecMutation.Kinds), random.Next(100_001), random.Next(100_001), random.Next(1_001));
            try
            {
                Check(mutation.Apply(text));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new Xunit.Sdk.XunitException($"{spec}, TCAPI_FUZZ_SEED={seed}, case {i}: {mutation}\n{e.Message}");
            }
        }

        output.WriteLine($"{spec}: TCAPI_FUZZ_SEED={seed}: all {cases} cases passed");
    }

    [Fact]
    public void A_ten_megabyte_spec_is_read_and_rejected_with_a_located_diagnostic()
    {
        var text = GeneratorHarness.ReadSpec("gaap-v20180529.tcapi.json");
        var huge = text.Replace("\"formatVersion\": 2,", "\"formatVersion\": 2,\n  \"padding\": \"" + new string('x', 10 * 1024 * 1024) + "\",");

        Check(System.Text.Encoding.UTF8.GetBytes(huge));
    }

    [Fact]
    public void A_ten_megabyte_valid_spec_still_generates()
    {
        var text = GeneratorHarness.ReadSpec("gaap-v20180529.tcapi.json") + new string(' ', 10 * 1024 * 1024);

        Assert.Empty(Check(System.Text.Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Runs the driver on the bytes and checks the properties; returns the spec diagnostics.</summary>
    private static IReadOnlyList<Diagnostic> Check(byte[] bytes)
    {
        const string Path = "/specs/fuzzed.tcapi.json";
        var driver = GeneratorHarness.Driver(specs: new BytesText(Path, bytes));
        driver = driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out var output, out var driverDiagnostics);
        var result = driver.GetRunResult().Results.Single();

        Assert.Null(result.Exception);
        Assert.DoesNotContain(driverDiagnostics.Concat(result.Diagnostics), d => d.Id is "CS8785" or "TCAPI0999");
        var specErrors = result.Diagnostics.Where(d => d.Id.StartsWith("TCAPI0", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error).ToList();
        if (specErrors.Count > 0)
        {
            Assert.Empty(result.GeneratedSources);
            Assert.Contains(specErrors, d => d.Location.GetLineSpan().Path == Path);
        }
        else
        {
            var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, "an accepted spec produced code that does not compile: " + string.Join("\n", errors.Take(5)));
        }

        return specErrors;
    }

    /// <summary>A spec file as the IDE reads it: bytes decoded as UTF-8, invalid sequences replaced.</summary>
    private sealed class BytesText(string path, byte[] bytes) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) =>
            SourceText.From(new MemoryStream(bytes), System.Text.Encoding.UTF8, throwIfBinaryDetected: false);
    }
}
