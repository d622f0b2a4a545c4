using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TcApi.Generator.Tests;

/// <summary>Runs the real generator driver on in-memory spec files and a small user compilation.</summary>
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
        CSharpGeneratorDriver.Create(
            new[] { new TcApiGenerator().AsSourceGenerator() },
            specs,
            ParseOptions(version),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static AdditionalText Spec(string text, string path = "/specs/test.tcapi.json") => new InMemoryAdditionalText(path, text);

    /// <summary>Runs the generator once and returns its result and the compilation with the generated code.</summary>
    public static (GeneratorRunResult Result, Compilation Output) Run(string specText, string path = "/specs/test.tcapi.json", LanguageVersion version = LanguageVersion.CSharp12) =>
        Run(version, Spec(specText, path));

    /// <summary>Runs the generator once on several additional files (specs and overlays).</summary>
    public static (GeneratorRunResult Result, Compilation Output) Run(LanguageVersion version, params AdditionalText[] files)
    {
        var driver = Driver(version, files).RunGeneratorsAndUpdateCompilation(Compilation(version), out var output, out _);
        return (driver.GetRunResult().Results.Single(), output);
    }

    /// <summary>GAAP's base spec and its overlay, as checked in.</summary>
    public static AdditionalText[] Gaap() =>
    [
        Spec(ReadSpec("gaap-v20180529.tcapi.json"), "/specs/gaap-v20180529.tcapi.json"),
        Spec(ReadSpec("gaap-v20180529.tcapi-overlay.json"), "/specs/gaap-v20180529.tcapi-overlay.json"),
    ];
}
