using Microsoft.CodeAnalysis;
using Xunit.Sdk;

namespace TcApi.Generator.Tests;

/// <summary>The harness's checks fail on the mistakes they are there to catch, and pass TcApi's generator.</summary>
public class PipelineChecksTests
{
    [Fact]
    public void A_step_whose_value_is_new_on_every_run_fails_the_second_run_check()
    {
        var driver = GeneratorHarness.Driver([], generator: new Generator(static (compilation, _) => new object()));

        var failure = Assert.Throws<TrueException>(() => GeneratorHarness.RunChecked(driver, GeneratorHarness.Compilation()));

        Assert.Contains($"step {Generator.StepName} was Modified (output Object)", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_that_holds_a_symbol_fails_the_plain_data_check()
    {
        var driver = GeneratorHarness.Driver([], generator: new Generator(static (compilation, _) => new Holder(compilation.Assembly)));

        var failure = Assert.Throws<FalseException>(() => GeneratorHarness.RunChecked(driver, GeneratorHarness.Compilation()));

        Assert.Contains($"step {Generator.StepName} (output Holder) holds a ", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TcApis_generator_passes_both_checks()
    {
        GeneratorHarness.RunChecked(GeneratorHarness.Driver(specs: GeneratorHarness.Gaap()), GeneratorHarness.Compilation());
    }

    private sealed record Holder(ISymbol Symbol);

    /// <summary>A generator with one tracked step over the compilation, made wrong on purpose by <paramref name="step"/>.</summary>
    private sealed class Generator(Func<Compilation, CancellationToken, object> step) : IIncrementalGenerator
    {
        public const string StepName = "Wrong";

        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(context.CompilationProvider.Select(step).WithTrackingName(StepName), static (_, _) => { });
    }
}
