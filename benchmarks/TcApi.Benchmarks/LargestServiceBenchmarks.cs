using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TcApi.Generator;
using TcApi.Import.Corpus;
using TcApi.Import.Translation;
using TcApi.Import.Writing;

namespace TcApi.Benchmarks;

/// <summary>
/// The generator on the largest service version of the catalogue by actions (csip 2022-11-21, 613 actions), imported
/// from the vendored metadata as the catalogue holds it: a new driver in a warm process, and the cached reruns an IDE
/// makes after an unrelated edit — the figures issue 11 asks for whatever the number of services.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class LargestServiceBenchmarks
{
    private static readonly CSharpParseOptions Parse = new(LanguageVersion.CSharp12);
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private AdditionalText _spec = null!;
    private GeneratorDriver _warm = null!;
    private bool _flip;

    [Params("csip")]
    public string Service { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var corpus = TencentCorpus.Load(Path.Combine(RepositoryRoot(), "spec", "tencent"));
        var files = corpus.Newest(Service) ?? throw new InvalidOperationException($"No service '{Service}' in the vendored corpus.");
        var spec = Encoding.UTF8.GetString(SpecJson.ToUtf8(SpecImporter.Import(files, corpus.Sources)));
        _spec = new InMemoryText($"/specs/{Service}.tcapi.json", spec);
        _compilation = CSharpCompilation.Create("Consumer", [CSharpSyntaxTree.ParseText("class A { }", Parse)], GeneratorBenchmarks.References(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _edited = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }", Parse));
        TcApi.Generator.Emit.RenderCache.Clear();
        _warm = Driver().RunGenerators(_compilation);
    }

    [Benchmark(Baseline = true, Description = "largest service: first run in a process")]
    public GeneratorDriver Cold()
    {
        TcApi.Generator.Emit.RenderCache.Clear();
        return Driver().RunGenerators(_compilation);
    }

    [Benchmark(Description = "largest service: a new driver in a warm process (a project reloaded)")]
    public GeneratorDriver NewDriver() => Driver().RunGenerators(_compilation);

    [Benchmark(Description = "largest service: rerun after an unrelated C# edit")]
    public GeneratorDriver UnrelatedEdit()
    {
        _flip = !_flip;
        return _warm.RunGenerators(_flip ? _edited : _compilation);
    }

    private GeneratorDriver Driver() =>
        CSharpGeneratorDriver.Create([new TcApiGenerator().AsSourceGenerator()], [_spec], Parse);

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Toolkit.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository: the vendored corpus is read from spec/tencent.");
    }
}
