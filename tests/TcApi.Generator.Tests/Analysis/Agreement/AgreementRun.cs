using System.Collections.Immutable;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TcApi.Generator.Analysis;
using TcApi.Validation;

namespace TcApi.Generator.Tests.Analysis.Agreement;

/// <summary>
/// Runs a set of cases both ways: the analyzer over one generated file that builds each case's value, and the same
/// file compiled, loaded and run, each case's <c>Validate()</c> read. Each outcome is the set of rule ids reported.
/// </summary>
internal static class AgreementRun
{
    public static void AssertAgree(AgreementCase @case, (ISet<string> CompileTime, ISet<string> RunTime) outcome)
    {
        var (compileTime, runTime) = outcome;
        Assert.True(@case.Violates == compileTime.Contains(@case.RuleId), $"analyzer: {string.Join(", ", compileTime)} for {@case.Input.ToJsonString()}");
        Assert.True(@case.Violates == runTime.Contains(@case.RuleId), $"Validate(): {string.Join(", ", runTime)} for {@case.Input.ToJsonString()}");
    }

    /// <summary>The rule ids each case gets reported, at compile time and at run time, in the cases' order.</summary>
    public static IReadOnlyList<(ISet<string> CompileTime, ISet<string> RunTime)> Evaluate(
        IReadOnlyList<AgreementCase> cases, IEnumerable<(string Name, string Text)> generated)
    {
        var source = new StringBuilder("namespace AgreementCases;\npublic static class Cases\n{\n");
        foreach (var (c, i) in cases.Select((c, i) => (c, i)))
        {
            source.Append($"    public static object Case{i}() => {CSharpValue.New(c.Type, c.Input)}.Validate();\n");
        }

        source.Append("}\n");
        var tree = CSharpSyntaxTree.ParseText(source.ToString(), GeneratorHarness.ParseOptions(), "Cases.cs");
        var compilation = GeneratorHarness.Compilation()
            .AddSyntaxTrees(generated.Select(s => CSharpSyntaxTree.ParseText(s.Text, GeneratorHarness.ParseOptions(), s.Name)))
            .AddSyntaxTrees(tree);

        var analyzerDiagnostics = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ConstraintAnalyzer()))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        var firstCaseLine = 3;
        var compileTime = cases.Select(_ => (ISet<string>)new HashSet<string>()).ToList();
        foreach (var diagnostic in analyzerDiagnostics.Where(d => d.Location.SourceTree == tree))
        {
            compileTime[diagnostic.Location.GetLineSpan().StartLinePosition.Line - firstCaseLine].Add(diagnostic.Properties["RuleId"]!);
        }

        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20)));
        var context = new AssemblyLoadContext("agreement", isCollectible: true);
        try
        {
            image.Position = 0;
            var type = context.LoadFromStream(image).GetType("AgreementCases.Cases")!;
            return cases.Select((_, i) =>
            {
                var result = (ValidationResult)type.GetMethod("Case" + i)!.Invoke(null, null)!;
                return (compileTime[i], (ISet<string>)result.Violations.Select(v => v.RuleId).ToHashSet());
            }).ToList();
        }
        finally
        {
            context.Unload();
        }
    }
}
