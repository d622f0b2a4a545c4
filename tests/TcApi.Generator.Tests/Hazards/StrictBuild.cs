using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TcApi.Generator.Tests.Hazards;

/// <summary>
/// Runs the generator on small specs and compiles what it makes as strictly as a consumer's build may: every warning
/// an error, every warning wave, documentation comments checked (the corpus check does the same with the SDK's compiler).
/// </summary>
internal static class StrictBuild
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

    /// <summary>The generator's diagnostics, and the compiler's warnings and errors for the generated code.</summary>
    public static (IReadOnlyList<Diagnostic> Generator, IReadOnlyList<Diagnostic> Compiler) Run(params AdditionalText[] files)
    {
        var compilation = GeneratorHarness.Compilation().WithOptions(GeneratorHarness.Compilation().Options
            .WithWarningLevel(9999)
            .WithGeneralDiagnosticOption(ReportDiagnostic.Error));
        var driver = GeneratorHarness.RunChecked(GeneratorHarness.Driver(files, parseOptions: ParseOptions), compilation, out var output, out _);
        var compiler = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning || d.IsWarningAsError).ToList();
        return (driver.GetRunResult().Diagnostics, compiler);
    }

    /// <summary>Asserts the generator reports nothing and the compiler finds nothing to warn about.</summary>
    public static void AssertClean(params AdditionalText[] files)
    {
        var (generator, compiler) = Run(files);
        Assert.True(generator.Count == 0, string.Join("\n", generator));
        Assert.True(compiler.Count == 0, string.Join("\n", compiler.Take(20)));
    }
}
