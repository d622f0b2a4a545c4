using System.Collections.Immutable;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using TcApi.Generator;

namespace TcApi.Benchmarks;

/// <summary>
/// The generator on the whole GAAP binding (base spec and overlay: 102 actions, 46 objects): a new driver, a rerun, an
/// unrelated edit, an edit to one action's overlay entry; and on a synthetic 100-action spec.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class GeneratorBenchmarks
{
    private static readonly CSharpParseOptions Parse = new(LanguageVersion.CSharp12);
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private AdditionalText _gaap = null!;
    private AdditionalText _overlay = null!;
    private AdditionalText _overlayEdited = null!;
    private GeneratorDriver _warmGaap = null!;
    private GeneratorDriver _overlayDriver = null!;
    private GeneratorDriver _warmLarge = null!;
    private AdditionalText _large = null!;
    private AdditionalText _largeEdited = null!;
    private bool _flip;

    [GlobalSetup]
    public void Setup()
    {
        _compilation = CSharpCompilation.Create("Consumer", [CSharpSyntaxTree.ParseText("class A { }", Parse)], References(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _edited = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }", Parse));
        _gaap = new Text("/specs/gaap-v20180529.tcapi.json", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "gaap-v20180529.tcapi.json")));
        var overlay = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "gaap-v20180529.tcapi-overlay.json"));
        _overlay = new Text("/specs/gaap-v20180529.tcapi-overlay.json", overlay);
        _overlayEdited = new Text("/specs/gaap-v20180529.tcapi-overlay.json", overlay.Replace("\"requestsPerSecond\": 20", "\"requestsPerSecond\": 25", StringComparison.Ordinal));
        _large = new Text("/specs/large.tcapi.json", SyntheticSpec.Create(actions: 100, members: 15, description: "A"));
        _largeEdited = new Text("/specs/large.tcapi.json", SyntheticSpec.Create(actions: 100, members: 15, description: "B"));
        _warmGaap = Driver(_gaap, _overlay).RunGenerators(_compilation);
        _overlayDriver = Driver(_gaap, _overlay).RunGenerators(_compilation);
        _warmLarge = Driver(_large).RunGenerators(_compilation);
    }

    [Benchmark(Baseline = true, Description = "GAAP base + overlay: first run in a process")]
    public GeneratorDriver Cold()
    {
        TcApi.Generator.Emit.RenderCache.Clear();
        return Driver(_gaap, _overlay).RunGenerators(_compilation);
    }

    [Benchmark(Description = "GAAP base + overlay: a new driver in a warm process (a project reloaded)")]
    public GeneratorDriver NewDriver() => Driver(_gaap, _overlay).RunGenerators(_compilation);

    [Benchmark(Description = "GAAP: rerun, nothing changed")]
    public GeneratorDriver Warm() => _warmGaap.RunGenerators(_compilation);

    [Benchmark(Description = "GAAP: rerun after an unrelated C# edit")]
    public GeneratorDriver UnrelatedEdit()
    {
        _flip = !_flip;
        return _warmGaap.RunGenerators(_flip ? _edited : _compilation);
    }

    [Benchmark(Description = "GAAP: rerun after an edit to one action's overlay entry")]
    public GeneratorDriver OverlayEdit()
    {
        _flip = !_flip;
        var current = _flip ? _overlay : _overlayEdited;
        var next = _flip ? _overlayEdited : _overlay;
        _overlayDriver = _overlayDriver.ReplaceAdditionalText(current, next).RunGenerators(_compilation);
        return _overlayDriver;
    }

    [Benchmark(Description = "100 actions x 15 members: warm rerun after a spec edit")]
    public GeneratorDriver LargeSpecEdited()
    {
        _flip = !_flip;
        var current = _flip ? _large : _largeEdited;
        var next = _flip ? _largeEdited : _large;
        _warmLarge = _warmLarge.ReplaceAdditionalText(current, next).RunGenerators(_compilation);
        return _warmLarge;
    }

    private static GeneratorDriver Driver(params AdditionalText[] files) =>
        CSharpGeneratorDriver.Create([new TcApiGenerator().AsSourceGenerator()], files, Parse);

    internal static ImmutableArray<MetadataReference> References() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) == "netstandard.dll")
            .Append(typeof(TcApi.Validation.ValidationResult).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();

    private sealed class Text(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}

/// <summary>A spec with many actions of many members, each with a range constraint, made up for the benchmark.</summary>
internal static class SyntheticSpec
{
    public static string Create(int actions, int members, string description)
    {
        var text = new StringBuilder();
        text.Append("""{"formatVersion":2,"service":"bench","apiVersion":"2024-01-01","endpoint":"bench.tencentcloudapi.com","namespace":"Bench.Api","provenance":{"documentation":"https://example.com"},"actions":[""");
        for (var a = 0; a < actions; a++)
        {
            text.Append(a == 0 ? "" : ",").Append($$"""{"name":"Action{{a}}","description":"{{(a == 0 ? description : "Action.")}}","input":[""");
            for (var m = 0; m < members; m++)
            {
                text.Append(m == 0 ? "" : ",").Append($$$"""{"name":"Member{{{m}}}","type":"integer","required":{{{(m % 3 == 0 ? "true" : "false")}}},"description":"A member.","constraints":[{"id":"Action{{{a}}}.Member{{{m}}}.range","kind":"range","minimum":0,"maximum":{{{m + 10}}},"message":"{member} out of range (was {value})","errorCode":"InvalidParameterValue","provenance":{"inferred":"benchmark"}}]}""");
            }

            text.Append($$"""],"output":[{"name":"RequestId","type":"string","required":true,"description":"Id."}],"errorCodes":[{"code":"InvalidParameterValue","description":"Bad."}]}""");
        }

        return text.Append("]}").ToString();
    }
}
