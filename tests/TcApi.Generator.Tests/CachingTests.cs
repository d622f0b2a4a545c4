using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TcApi.Generator.Tests;

/// <summary>The generator runs on every keystroke in an IDE: unrelated edits must cost nothing.</summary>
public class CachingTests
{
    private const string DemoPath = "/specs/demo-v20240101.tcapi.json";

    [Fact]
    public void An_unrelated_csharp_edit_leaves_every_tracked_step_cached()
    {
        var compilation = GeneratorHarness.Compilation(sources: "class A { }");
        var driver = GeneratorHarness.Driver(specs: GeneratorHarness.Spec(GeneratorHarness.ReadSpec("demo-v20240101.tcapi.json"), DemoPath));
        driver = GeneratorHarness.RunChecked(driver, compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { int x; }", GeneratorHarness.ParseOptions()));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var steps = result.TrackedSteps;
        // The overlay diagnostics' chain (with the services whose overlays another compilation checks) is not pulled
        // again by an edit that leaves its inputs alone, so it records no step; nor are the selection's locations, which
        // only diagnostics of a selection read.
        Assert.All(TcApi.Generator.TrackingNames.All.Except([TcApi.Generator.TrackingNames.SpecDiagnostics, TcApi.Generator.TrackingNames.OverlayFiles, TcApi.Generator.TrackingNames.OverlayDiagnostics, TcApi.Generator.TrackingNames.OverlaysElsewhere, TcApi.Generator.TrackingNames.SelectionLocations]),
            name => Assert.True(steps.ContainsKey(name), $"step {name} is not tracked"));
        foreach (var (name, runs) in steps)
        {
            foreach (var output in runs.SelectMany(run => run.Outputs))
            {
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name} was {output.Reason}");
            }
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(r => r.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void With_an_overlay_an_unrelated_csharp_edit_still_leaves_every_step_cached()
    {
        var compilation = GeneratorHarness.Compilation(sources: "class A { }");
        var driver = GeneratorHarness.RunChecked(GeneratorHarness.Driver(specs: GeneratorHarness.Gaap()), compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { int x; }", GeneratorHarness.ParseOptions()));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.All(TcApi.Generator.TrackingNames.All.Except([TcApi.Generator.TrackingNames.SpecDiagnostics, TcApi.Generator.TrackingNames.OverlayDiagnostics, TcApi.Generator.TrackingNames.OverlaysElsewhere, TcApi.Generator.TrackingNames.SelectionLocations]),
            name => Assert.True(result.TrackedSteps.ContainsKey(name), $"step {name} is not tracked"));
        Assert.All(result.TrackedSteps.SelectMany(s => s.Value.SelectMany(r => r.Outputs.Select(o => (s.Key, o.Reason)))),
            step => Assert.True(step.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step.Key} was {step.Reason}"));
    }

    [Fact]
    public void Editing_one_actions_overlay_entry_re_renders_only_that_actions_files()
    {
        var compilation = GeneratorHarness.Compilation(sources: "class A { }");
        var files = GeneratorHarness.Gaap();
        var driver = GeneratorHarness.RunChecked(GeneratorHarness.Driver(specs: files), compilation);
        var overlay = files[1].GetText()!.ToString();
        var edited = overlay.Replace("\"requestsPerSecond\": 20", "\"requestsPerSecond\": 25");
        Assert.NotEqual(overlay, edited);

        var before = Renders(driver.GetRunResult().Results.Single());
        driver = driver.ReplaceAdditionalText(files[1], GeneratorHarness.Spec(edited, files[1].Path));
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        // The service is one pipeline value; a type the render cache reused is the very render of the run before.
        var rendered = RenderedFiles(result).ToList();
        var changed = rendered.Where(f => !before.Contains(f.Unit)).Select(f => f.TypeName).ToList();
        Assert.Equal(["CreateTCPListenersRequest", "CreateTCPListenersResponse"], changed);
        Assert.Contains("RateLimitPerSecond = 25", result.GeneratedSources.Single(s => s.HintName == "TcApi.Gaap.V20180529.Requests.g.cs").SourceText.ToString());
        Assert.True(rendered.Count > 250);
    }

    [Fact]
    public void An_overlay_removing_one_actions_clientToken_re_renders_only_that_actions_files()
    {
        var compilation = GeneratorHarness.Compilation(sources: "class A { }");
        var files = GeneratorHarness.Gaap();
        var driver = GeneratorHarness.RunChecked(GeneratorHarness.Driver(specs: files), compilation);
        var overlay = files[1].GetText()!.ToString();
        var at = overlay.IndexOf("\"actions\": {", StringComparison.Ordinal) + "\"actions\": {".Length;
        var edited = overlay[..at] + " \"CloseProxies\": { \"clientToken\": false }," + overlay[at..];

        var before = Renders(driver.GetRunResult().Results.Single());
        driver = driver.ReplaceAdditionalText(files[1], GeneratorHarness.Spec(edited, files[1].Path));
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Empty(result.Diagnostics);
        var changed = RenderedFiles(result).Where(f => !before.Contains(f.Unit)).Select(f => f.TypeName).ToList();
        Assert.Equal(["CloseProxiesRequest", "CloseProxiesResponse"], changed);
    }

    [Fact]
    public void Editing_the_spec_regenerates()
    {
        var result = RerunAfterEditingDescribeVolumes(out _);

        var request = result.GeneratedSources.Single(s => s.HintName.EndsWith(".Requests.g.cs", StringComparison.Ordinal));
        Assert.Contains("Lists the volumes.", request.SourceText.ToString());
        Assert.Contains(result.TrackedSteps[TcApi.Generator.TrackingNames.RenderedFiles].SelectMany(r => r.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void Editing_one_action_re_renders_only_that_actions_files()
    {
        var result = RerunAfterEditingDescribeVolumes(out var before);

        var changed = RenderedFiles(result).Where(f => !before.Contains(f.Unit)).Select(f => f.TypeName).ToList();

        Assert.Equal(["DescribeVolumesRequest", "DescribeVolumesResponse", "DemoClient"], changed);
    }

    [Fact]
    public void An_unrelated_edit_costs_one_cached_value_per_service_whatever_its_size()
    {
        var compilation = GeneratorHarness.Compilation(sources: "class A { }");
        var driver = GeneratorHarness.RunChecked(GeneratorHarness.Driver(specs: GeneratorHarness.Gaap()), compilation);

        var result = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }", GeneratorHarness.ParseOptions()))).GetRunResult().Results.Single();

        var perFile = result.TrackedSteps.Where(s => TcApi.Generator.TrackingNames.All.Contains(s.Key) && s.Value.SelectMany(r => r.Outputs).Count() > 2).Select(s => s.Key).ToList();
        Assert.Empty(perFile);
        Assert.True(RenderedFiles(result).Count() > 250);
    }

    [Fact]
    public void A_service_is_a_fixed_handful_of_files_whatever_its_size()
    {
        // Roslyn's driver pays for every generated file on every run, even a cached one: the layout keeps that per service.
        var result = GeneratorHarness.RunChecked(GeneratorHarness.Driver(specs: GeneratorHarness.Gaap()), GeneratorHarness.Compilation(sources: "class A { }")).GetRunResult().Results.Single();

        Assert.Equal(
            ["Enums", "GaapActions", "GaapClient", "GaapErrorCode", "Objects", "Requests", "Responses"],
            result.GeneratedSources.Select(s => s.HintName.Replace("TcApi.Gaap.V20180529.", string.Empty).Replace(".g.cs", string.Empty)).Order(StringComparer.Ordinal));
        Assert.True(RenderedFiles(result).Count() > 250);
    }

    [Fact]
    public void Pipeline_outputs_hold_no_symbols_syntax_compilations_or_locations()
    {
        var driver = GeneratorHarness.RunChecked(GeneratorHarness.Driver(specs: GeneratorHarness.Gaap()), GeneratorHarness.Compilation(sources: "class A { }"));

        PipelineChecks.AssertPlainData(driver.GetRunResult().Results[0]);
    }

    [Fact]
    public void Parsing_the_same_text_twice_gives_equal_models()
    {
        var first = RunFirst(GeneratorHarness.ReadSpec("gaap-v20180529.tcapi.json"), out _).GetRunResult().Results[0].TrackedSteps[TcApi.Generator.TrackingNames.ParsedSpecs];
        var second = RunFirst(GeneratorHarness.ReadSpec("gaap-v20180529.tcapi.json"), out _).GetRunResult().Results[0].TrackedSteps[TcApi.Generator.TrackingNames.ParsedSpecs];

        var a = first.Single().Outputs.Single().Value;
        var b = second.Single().Outputs.Single().Value;
        Assert.NotSame(a, b);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    /// <summary>Runs the demo spec, edits only the DescribeVolumes action's description, and runs again.</summary>
    private static GeneratorRunResult RerunAfterEditingDescribeVolumes(out HashSet<object> before)
    {
        var spec = GeneratorHarness.ReadSpec("demo-v20240101.tcapi.json");
        var driver = RunFirst(spec, out var compilation, out var text);
        before = Renders(driver.GetRunResult().Results.Single());
        var edited = spec.Replace("\"Lists volumes.\"", "\"Lists the volumes.\"");
        driver = driver.ReplaceAdditionalText(text, GeneratorHarness.Spec(edited, DemoPath));
        return driver.RunGenerators(compilation).GetRunResult().Results.Single();
    }

    private static GeneratorDriver RunFirst(string spec, out CSharpCompilation compilation) => RunFirst(spec, out compilation, out _);

    private static GeneratorDriver RunFirst(string spec, out CSharpCompilation compilation, out AdditionalText text)
    {
        compilation = GeneratorHarness.Compilation(sources: "class A { }");
        text = GeneratorHarness.Spec(spec, DemoPath);
        return GeneratorHarness.RunChecked(GeneratorHarness.Driver(specs: text), compilation);
    }

    /// <summary>Each type of the rendered services, with its render (read by reflection: the types are internal).</summary>
    private static IEnumerable<(string TypeName, object Unit)> RenderedFiles(GeneratorRunResult result) =>
        result.TrackedSteps[TcApi.Generator.TrackingNames.RenderedFiles]
            .SelectMany(run => run.Outputs)
            .SelectMany(output => (IEnumerable<object>)output.Value.GetType().GetProperty("Units")!.GetValue(output.Value)!)
            .Select(unit => ((string)unit.GetType().GetProperty("TypeName")!.GetValue(unit)!, unit));

    /// <summary>The run's renders, by identity: a render the cache reuses in the next run is the same instance.</summary>
    private static HashSet<object> Renders(GeneratorRunResult result) => RenderedFiles(result).Select(f => f.Unit).ToHashSet(ReferenceEqualityComparer.Instance);
}
