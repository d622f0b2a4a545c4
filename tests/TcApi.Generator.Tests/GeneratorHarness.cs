using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TcApi.Generator.Tests;

/// <summary>
/// Runs the real generator driver on in-memory spec files and a small user compilation. Every run goes through
/// <see cref="RunChecked(GeneratorDriver, Compilation)"/>, so every test also guards the generator's incrementality.
/// </summary>
internal static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return platform
            .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "mscorlib.dll" or "netstandard.dll"))
            .Append(typeof(TcApi.Validation.ValidationResult).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    });

    public static string SpecDirectory => Path.Combine(AppContext.BaseDirectory, "Specs");

    public static string ReadSpec(string fileName) => File.ReadAllText(Path.Combine(SpecDirectory, fileName));

    public static CSharpParseOptions ParseOptions(LanguageVersion version = LanguageVersion.CSharp12) => new(version);

    public static CSharpCompilation Compilation(LanguageVersion version = LanguageVersion.CSharp12, params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions(version))),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                // As the SDK does: reference unification across framework versions is not a problem.
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));

    public static GeneratorDriver Driver(LanguageVersion version = LanguageVersion.CSharp12, params AdditionalText[] specs) =>
        Driver(specs, parseOptions: ParseOptions(version));

    /// <summary>A driver of TcApi's generator (or <paramref name="generator"/>) that tracks its steps, as every test's must.</summary>
    public static GeneratorDriver Driver(
        IEnumerable<AdditionalText> files,
        AnalyzerConfigOptionsProvider? options = null,
        CSharpParseOptions? parseOptions = null,
        IIncrementalGenerator? generator = null) =>
        CSharpGeneratorDriver.Create(
            [(generator ?? new TcApiGenerator()).AsSourceGenerator()],
            files,
            parseOptions ?? ParseOptions(),
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>
    /// Runs <paramref name="driver"/> on <paramref name="compilation"/>, then checks the run (<see cref="PipelineChecks"/>):
    /// a second run with nothing changed is cached, and no step outputs a symbol, syntax node, location or compilation.
    /// Returns the driver after the first run; the check's second run is discarded.
    /// </summary>
    public static GeneratorDriver RunChecked(GeneratorDriver driver, Compilation compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out output, out diagnostics);
        PipelineChecks.AssertSecondRunCached(driver, compilation);
        return driver;
    }

    /// <inheritdoc cref="RunChecked(GeneratorDriver, Compilation, out Compilation, out ImmutableArray{Diagnostic})"/>
    public static GeneratorDriver RunChecked(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGenerators(compilation);
        PipelineChecks.AssertSecondRunCached(driver, compilation);
        return driver;
    }

    public static AdditionalText Spec(string text, string path = "/specs/test.tcapi.json") => new InMemoryAdditionalText(path, text);

    /// <summary>Runs the generator (checked) and returns its result and the compilation with the generated code.</summary>
    public static (GeneratorRunResult Result, Compilation Output) Run(string specText, string path = "/specs/test.tcapi.json", LanguageVersion version = LanguageVersion.CSharp12) =>
        Run(version, Spec(specText, path));

    /// <summary>Runs the generator (checked) on several additional files (specs and overlays).</summary>
    public static (GeneratorRunResult Result, Compilation Output) Run(LanguageVersion version, params AdditionalText[] files) =>
        Run(Driver(version, files), Compilation(version));

    /// <summary>Runs <paramref name="driver"/> (checked) and returns its one generator's result and the compilation with its code.</summary>
    public static (GeneratorRunResult Result, Compilation Output) Run(GeneratorDriver driver, Compilation compilation)
    {
        driver = RunChecked(driver, compilation, out var output, out _);
        return (driver.GetRunResult().Results.Single(), output);
    }

    /// <summary>GAAP's base spec and its overlay, as checked in.</summary>
    public static AdditionalText[] Gaap() =>
    [
        Spec(ReadSpec("gaap-v20180529.tcapi.json"), "/specs/gaap-v20180529.tcapi.json"),
        Spec(ReadSpec("gaap-v20180529.tcapi-overlay.json"), "/specs/gaap-v20180529.tcapi-overlay.json"),
    ];
}
