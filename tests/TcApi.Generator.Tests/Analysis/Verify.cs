using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using TcApi.Generator.Analysis;

namespace TcApi.Generator.Tests.Analysis;

/// <summary>
/// Runs the constraint analyzer (and a code fix) on user code beside the generated bindings: compiled once into a
/// referenced library by default (compiling the few hundred generated files again for every test costs seconds).
/// </summary>
internal static class Verify
{
    public const string Usings = "using TcApi.Gaap.V20180529;\nusing TcApi.Tests.Demo.V20240101;\nusing TcApi.Tests.Nested.V20250101;\n";

    public static DiagnosticResult Diagnostic(string id) => new(id, DiagnosticSeverity.Error);

    public static Task Analyzer(string code, params DiagnosticResult[] expected) => Analyzer(code, fromLibrary: true, expected);

    public static async Task Analyzer(string code, bool fromLibrary, params DiagnosticResult[] expected) =>
        await Analyzer(code, fromLibrary, editorConfig: null, expected);

    public static async Task Analyzer(string code, bool fromLibrary, string? editorConfig, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<ConstraintAnalyzer, DefaultVerifier> { TestCode = Usings + code };
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", editorConfig));
        }

        Configure(test.TestState, fromLibrary);
        test.ReferenceAssemblies = GeneratedBindings.Net80;
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    public static async Task CodeFix<TFix>(string code, string fixedCode, int index, DiagnosticResult[] expected, int remaining = 0)
        where TFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<ConstraintAnalyzer, TFix, DefaultVerifier>
        {
            TestCode = Usings + code,
            FixedCode = Usings + fixedCode,
            CodeActionIndex = index,
            ReferenceAssemblies = GeneratedBindings.Net80,
            NumberOfFixAllIterations = remaining == 0 ? null : -1,
        };
        Configure(test.TestState, fromLibrary: true);
        Configure(test.FixedState, fromLibrary: true);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>The analyzer's diagnostics on <paramref name="code"/>, for what the markup cannot state (a fix's absence).</summary>
    public static async Task<ImmutableArray<Microsoft.CodeAnalysis.Diagnostic>> Diagnostics(string code)
    {
        var references = (await GeneratedBindings.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None)).Add(GeneratedBindings.Runtime).Add(GeneratedBindings.Library);
        var compilation = CSharpCompilation.Create(
            "Test",
            [CSharpSyntaxTree.ParseText(Usings + code, new CSharpParseOptions(LanguageVersion.CSharp12))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ConstraintAnalyzer())).GetAnalyzerDiagnosticsAsync();
    }

    private static void Configure(SolutionState state, bool fromLibrary)
    {
        state.AdditionalReferences.Add(GeneratedBindings.Runtime);
        if (fromLibrary)
        {
            state.AdditionalReferences.Add(GeneratedBindings.Library);
            return;
        }

        foreach (var source in GeneratedBindings.Sources)
        {
            state.Sources.Add(source);
        }
    }
}
