using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TcApi.Generator.Tests.Emit;

/// <summary>TcApiGeneratedAccessibility=internal keeps a binding inside its assembly (the emulator does this).</summary>
public class AccessibilityTests
{
    [Fact]
    public void Internal_accessibility_makes_every_generated_type_internal()
    {
        var spec = GeneratorHarness.ReadSpec("gaap-v20180529.tcapi.json");
        var driver = GeneratorHarness.Driver([GeneratorHarness.Spec(spec)], new BuildProperties("build_property.TcApiGeneratedAccessibility", "internal"));

        var (_, output) = GeneratorHarness.Run(driver, GeneratorHarness.Compilation());

        var types = output.GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>().Where(t => t.ContainingNamespace.ToDisplayString() == "TcApi.Gaap.V20180529").ToList();
        Assert.NotEmpty(types);
        Assert.All(types, t => Assert.Equal(Accessibility.Internal, t.DeclaredAccessibility));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Types_are_public_by_default()
    {
        var (_, output) = GeneratorHarness.Run(GeneratorHarness.ReadSpec("gaap-v20180529.tcapi.json"));

        Assert.Equal(Accessibility.Public, output.GetTypeByMetadataName("TcApi.Gaap.V20180529.CreateTCPListenersRequest")!.DeclaredAccessibility);
    }

    private sealed class BuildProperties(string key, string value) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string> { [key] = value });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options([]);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options([]);

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
