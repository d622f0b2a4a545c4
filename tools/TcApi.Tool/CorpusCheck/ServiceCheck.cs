using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TcApi.Client;
using TcApi.Generator;
using TcApi.Import.Corpus;
using TcApi.Import.Translation;
using TcApi.Import.Writing;

namespace TcApi.Tool.CorpusCheck;

/// <summary>
/// One service version through the whole chain a consumer's build runs: import in memory, the generator in-process
/// (as the compiler runs it), the consumer's compilation of what it generated, then the compiled binding loaded in a
/// collectible context to read every published example, and unloaded.
/// </summary>
public static class ServiceCheck
{
    /// <param name="files">The service version.</param>
    /// <param name="sources">The corpus' provenance, as the importer records it.</param>
    /// <param name="overlays">Overlay files the catalogue carries; those named for this service version are applied.</param>
    /// <param name="concurrentBuild">Whether the compiler may use several threads (when service versions are not checked side by side).</param>
    /// <param name="actions">Only these actions (and the objects they reach), when given: a quick check of some examples.</param>
    public static ServiceCheckResult Run(ServiceVersionFiles files, CorpusSources sources, IReadOnlyCollection<string> overlays, bool concurrentBuild, IReadOnlySet<string>? actions = null)
    {
        var clock = Stopwatch.StartNew();
        var englishOnly = files.ChineseApi is null;
        JsonObject spec;
        try
        {
            spec = SpecImporter.Import(files, sources);
            if (actions is not null)
            {
                spec = SpecTrim.KeepActions(spec, actions);
            }
        }
        catch (Exception e)
        {
            return new ServiceCheckResult(files.Service, files.ApiVersion, englishOnly, new SpecFigures(0, 0, 0, 0), [], [], new Dictionary<ExampleOutcome, int>(), [],
                $"import: {e.GetType().Name}: {e.Message}", 0, new PhaseTimes(clock.Elapsed, default, default, default));
        }

        var figures = SpecFigures.Of(spec);
        var import = clock.Elapsed;

        clock.Restart();
        var (compilation, generatorDiagnostics, generatedLines) = Generate(files, spec, overlays, concurrentBuild);
        var generate = clock.Elapsed;

        clock.Restart();
        using var image = new MemoryStream();
        var emit = compilation.Emit(image);
        var compileDiagnostics = emit.Diagnostics
            .Where(d => d.Severity >= DiagnosticSeverity.Warning || d.IsWarningAsError)
            .Select(d => new CompileDiagnostic(d.Id, d.ToString()))
            .ToList();
        var compile = clock.Elapsed;

        clock.Restart();
        var replay = new ExampleReplay($"{files.Service} {files.ApiVersion}", new Dictionary<string, ApiActionDescriptor>());
        string? failure = null;
        if (emit.Success && generatedLines > 0)
        {
            try
            {
                replay = ReadExamples(files, spec, image);
            }
            catch (Exception e)
            {
                failure = $"examples: {e.GetType().Name}: {e.Message}";
            }
        }

        Generator.Emit.RenderCache.Clear();
        return new ServiceCheckResult(
            files.Service, files.ApiVersion, englishOnly, figures, generatorDiagnostics, compileDiagnostics, replay.Counts, replay.Findings,
            failure, generatedLines, new PhaseTimes(import, generate, compile, clock.Elapsed));
    }

    /// <summary>
    /// The same chain as <see cref="Run"/> (import, generate, compile as a consumer, load in a collectible context),
    /// handing the loaded binding to <paramref name="use"/> before unloading it: other checks of the compiled binding
    /// (the round trip through the local cloud) reuse the pipeline. Throws when a step fails, naming it.
    /// </summary>
    public static T WithBinding<T>(
        ServiceVersionFiles files, CorpusSources sources, IReadOnlyCollection<string> overlays, bool concurrentBuild,
        Func<JsonObject, Assembly, IReadOnlyList<ApiActionDescriptor>, T> use)
    {
        var spec = SpecImporter.Import(files, sources);
        var (compilation, generatorDiagnostics, _) = Generate(files, spec, overlays, concurrentBuild);
        if (generatorDiagnostics.Count > 0)
        {
            throw new InvalidOperationException($"generate: {generatorDiagnostics[0]}");
        }

        using var image = new MemoryStream();
        var emit = compilation.Emit(image);
        Generator.Emit.RenderCache.Clear();
        if (!emit.Success)
        {
            throw new InvalidOperationException($"compile: {emit.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error)}");
        }

        var context = new BindingLoadContext($"{files.Service} {files.ApiVersion}");
        try
        {
            image.Position = 0;
            var assembly = context.LoadFromStream(image);
            return use(spec, assembly, Actions(assembly));
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>The generator's run over the spec (and its overlays) as the compiler runs it: the consumer's compilation with the generated code.</summary>
    private static (Compilation Compilation, List<string> Diagnostics, int Lines) Generate(
        ServiceVersionFiles files, JsonObject spec, IReadOnlyCollection<string> overlays, bool concurrentBuild)
    {
        var texts = new List<AdditionalText> { new SpecAdditionalText($"/corpus/{files.Service}/{files.Service}-{files.Version}.tcapi.json", SpecJson.ToText(spec)) };
        texts.AddRange(overlays
            .Where(path => Path.GetFileName(path) == $"{files.Service}-{files.Version}.tcapi-overlay.json")
            .Select(path => new SpecAdditionalText(path, File.ReadAllText(path))));
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new TcApiGenerator().AsSourceGenerator()], texts, ConsumerCompilation.ParseOptions);
        driver = driver.RunGeneratorsAndUpdateCompilation(ConsumerCompilation.Empty(concurrentBuild), out var compilation, out _);
        var run = driver.GetRunResult();
        var lines = run.Results.SelectMany(r => r.GeneratedSources).Sum(s => s.SourceText.Lines.Count);
        return (compilation, run.Diagnostics.Select(d => d.ToString()).ToList(), lines);
    }

    private static ExampleReplay ReadExamples(ServiceVersionFiles files, JsonObject spec, MemoryStream image)
    {
        var context = new BindingLoadContext($"{files.Service} {files.ApiVersion}");
        try
        {
            image.Position = 0;
            var assembly = context.LoadFromStream(image);
            var replay = new ExampleReplay($"{files.Service} {files.ApiVersion}", Actions(assembly).ToDictionary(a => a.Info.Action, StringComparer.Ordinal));
            replay.ReadAll(spec);
            return replay;
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>The binding's action table, <c>&lt;Service&gt;Actions.All</c>.</summary>
    private static IReadOnlyList<ApiActionDescriptor> Actions(Assembly assembly)
    {
        var all = assembly.GetTypes()
            .Where(t => t.IsAbstract && t.IsSealed && t.Name.EndsWith("Actions", StringComparison.Ordinal))
            .Select(t => t.GetProperty("All", BindingFlags.Public | BindingFlags.Static))
            .Single(p => p is not null && p.PropertyType == typeof(IReadOnlyList<ApiActionDescriptor>))!;
        return (IReadOnlyList<ApiActionDescriptor>)all.GetValue(null)!;
    }
}
