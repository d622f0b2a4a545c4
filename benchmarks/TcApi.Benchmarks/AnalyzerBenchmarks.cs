using System.Collections.Immutable;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TcApi.Generator;
using TcApi.Generator.Analysis;

namespace TcApi.Benchmarks;

/// <summary>A compilation with 1,000 request initializers, with and without the constraint analyzer.</summary>
[Config(typeof(BenchmarkConfig))]
public class AnalyzerBenchmarks
{
    private CSharpCompilation _compilation = null!;

    [GlobalSetup]
    public void Setup()
    {
        var parse = new CSharpParseOptions(LanguageVersion.CSharp12);
        var spec = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "gaap-v20180529.tcapi.json"));
        var overlay = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "gaap-v20180529.tcapi-overlay.json"));
        var consumer = CSharpCompilation.Create("Consumer", [CSharpSyntaxTree.ParseText(Initializers(1000), parse, "Calls.cs")], GeneratorBenchmarks.References(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        CSharpGeneratorDriver.Create([new TcApiGenerator().AsSourceGenerator()], [new SpecText("/specs/gaap-v20180529.tcapi.json", spec), new SpecText("/specs/gaap-v20180529.tcapi-overlay.json", overlay)], parse)
            .RunGeneratorsAndUpdateCompilation(consumer, out var generated, out _);
        _compilation = (CSharpCompilation)generated;
        if (_compilation.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)
        {
            throw new InvalidOperationException($"The benchmark's initializers do not compile against the GAAP binding: {error}");
        }
    }

    // What a build does: bind, check and emit. The analyzers run beside it, as the compiler runs them.
    [Benchmark(Baseline = true, Description = "1,000 initializers: compile and emit, no analyzer")]
    public bool WithoutAnalyzer() => Emit(_compilation.Clone());

    [Benchmark(Description = "1,000 initializers: compile and emit + an analyzer that does nothing")]
    public bool WithEmptyAnalyzer() => EmitWith(new EmptyAnalyzer());

    [Benchmark(Description = "1,000 initializers: compile and emit + the same syntax actions, doing nothing")]
    public bool WithIdleSyntaxActions() => EmitWith(new IdleSyntaxAnalyzer());

    [Benchmark(Description = "1,000 initializers: compile and emit + constraint analyzer")]
    public bool WithAnalyzer() => EmitWith(new ConstraintAnalyzer());

    private bool EmitWith(DiagnosticAnalyzer analyzer)
    {
        var compilation = _compilation.Clone();
        var analysis = compilation.WithAnalyzers(ImmutableArray.Create(analyzer)).GetAnalyzerDiagnosticsAsync();
        var emitted = Emit(compilation);
        return analysis.GetAwaiter().GetResult().Length >= 0 && emitted;
    }

    private static bool Emit(Compilation compilation)
    {
        using var image = new MemoryStream();
        return compilation.Emit(image).Success;
    }

    private static string Initializers(int count)
    {
        var text = new StringBuilder("using TcApi.Gaap.V20180529;\nstatic class Calls\n{\n    static void M(int port)\n    {\n");
        for (var i = 0; i < count; i++)
        {
            text.Append($"        var r{i} = new CreateTCPListenersRequest {{ ListenerName = \"l{i}\", Ports = [{i % 65535 + 1}, port], Scheduler = Scheduler.RoundRobin, HealthCheck = true, RealServerType = RealServerType.Ip, ProxyId = \"link-{i}\", DelayLoop = 20, ConnectTimeout = 10 }};\n");
        }

        return text.Append("    }\n}\n").ToString();
    }

    /// <summary>Measures what Roslyn's analyzer driver costs by itself, so the constraint analyzer's own share shows.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class EmptyAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("BENCH0001", "never", "never", "bench", DiagnosticSeverity.Hidden, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Never];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
        }
    }

    /// <summary>Registers the constraint analyzer's syntax actions and returns at once: the driver's share of its cost.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class IdleSyntaxAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("BENCH0002", "never", "never", "bench", DiagnosticSeverity.Hidden, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Never];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSyntaxNodeAction(
                static _ => { },
                Microsoft.CodeAnalysis.CSharp.SyntaxKind.ObjectCreationExpression,
                Microsoft.CodeAnalysis.CSharp.SyntaxKind.ImplicitObjectCreationExpression,
                Microsoft.CodeAnalysis.CSharp.SyntaxKind.WithExpression,
                Microsoft.CodeAnalysis.CSharp.SyntaxKind.SimpleAssignmentExpression);
        }
    }

    private sealed class SpecText(string path, string text) : AdditionalText
    {
        public override string Path => path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) =>
            Microsoft.CodeAnalysis.Text.SourceText.From(text);
    }
}
