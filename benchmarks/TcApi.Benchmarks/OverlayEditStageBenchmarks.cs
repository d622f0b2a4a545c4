using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis.Text;
using TcApi.Generator;
using TcApi.Generator.Emit;
using TcApi.Generator.Model;
using TcApi.Generator.Reading;

namespace TcApi.Benchmarks;

/// <summary>
/// Where the generator's rerun after an edit to one action's GAAP overlay entry spends its time, stage by stage: read
/// the overlay, merge it into the base spec and parse the result into a model, cut the model into emit units, and
/// render (the render cache re-renders only the changed units; each call here alternates two overlay texts).
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class OverlayEditStageBenchmarks
{
    private SpecSource _spec = null!;
    private OverlaySource[] _overlays = null!;
    private ServiceModel[] _models = null!;
    private ServiceUnits[] _units = null!;
    private int _flip;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Specs");
        _spec = SpecSource.Read("/specs/gaap-v20180529.tcapi.json", SourceText.From(File.ReadAllText(Path.Combine(folder, "gaap-v20180529.tcapi.json"))), default);
        var overlay = File.ReadAllText(Path.Combine(folder, "gaap-v20180529.tcapi-overlay.json"));
        var edited = overlay.Replace("\"requestsPerSecond\": 20", "\"requestsPerSecond\": 25", StringComparison.Ordinal);
        _overlays = [Overlay(overlay), Overlay(edited)];
        _models = _overlays.Select(o => ServiceModelBuilder.Build(_spec, new[] { o }.ToEquatableArray(), default).Service!).ToArray();
        _units = _models.Select(m => ServiceUnits.From(_spec.Path, m, "public")).ToArray();
        RenderCache.Render(_units[0]);
    }

    [Benchmark(Baseline = true, Description = "overlay edit, all stages")]
    public object AllStages()
    {
        var overlay = Overlay(_flip++ % 2 == 0 ? EditedText : OriginalText);
        var model = ServiceModelBuilder.Build(_spec, new[] { overlay }.ToEquatableArray(), default).Service!;
        return RenderCache.Render(ServiceUnits.From(_spec.Path, model, "public"));
    }

    [Benchmark(Description = "read the overlay")]
    public object ReadOverlay() => Overlay(_flip++ % 2 == 0 ? EditedText : OriginalText);

    [Benchmark(Description = "merge into the base spec and parse")]
    public object MergeAndParse() => ServiceModelBuilder.Build(_spec, new[] { _overlays[_flip++ % 2] }.ToEquatableArray(), default);

    [Benchmark(Description = "emit units")]
    public object Units() => ServiceUnits.From(_spec.Path, _models[_flip++ % 2], "public");

    [Benchmark(Description = "render (two units changed)")]
    public object Render() => RenderCache.Render(_units[_flip++ % 2]);

    [Benchmark(Description = "compare the units with the previous run's")]
    public bool Compare() => _units[0].Equals(_units[1]);

    private string OriginalText => _overlays[0].Document.Text.ToString();

    private string EditedText => _overlays[1].Document.Text.ToString();

    private static OverlaySource Overlay(string text) =>
        OverlaySource.Read("/specs/gaap-v20180529.tcapi-overlay.json", SourceText.From(text), default);
}
