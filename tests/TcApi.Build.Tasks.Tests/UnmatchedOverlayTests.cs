namespace TcApi.Build.Tests;

/// <summary>
/// A project overlay refines the service version its <c>service</c> and <c>apiVersion</c> name. One that names a
/// version the project neither selects nor has a spec of is TCAPI0018 at its <c>service</c>, before anything compiles.
/// Before, the task left it to the project's compilation, which leaves a precompiled service's overlays to its binding
/// whatever version they name, and the binding took only its own version's: an overlay for another version of a
/// selected service was reported by nothing.
/// </summary>
public class UnmatchedOverlayTests
{
    private static string Overlay(string service, string version) => $$"""
        {
          "formatVersion": 2,
          "service": "{{service}}",
          "apiVersion": "{{version}}"
        }
        """;

    [Fact]
    public void An_overlay_for_another_version_of_a_selected_service_is_an_error_at_its_service()
    {
        using var project = new TaskProject("""    <TcApiService Include="tke" />""");
        var overlay = project.Write("tke.tcapi-overlay.json", Overlay("tke", "2018-05-25"));

        var run = project.Run([project.Item("tke")], overlays: [overlay]);

        Assert.False(run.Succeeded);
        Assert.Equal(
            ["tke.tcapi-overlay.json(3,14): error TCAPI0018: The overlay names service version 'tke 2018-05-25', which this project neither selects nor has a spec of; it selects tke 2022-05-01; select it in the project file with <TcApiService Include=\"tke\" Version=\"2018-05-25\" />, or add its spec file"],
            run.Printed);
    }

    [Fact]
    public void An_overlay_for_a_service_the_project_does_not_select_is_an_error_at_its_service()
    {
        using var project = new TaskProject("""    <TcApiService Include="vpc" />""");
        var overlay = project.Write("cvm.tcapi-overlay.json", Overlay("cvm", "2017-03-12"));

        var run = project.Run([project.Item("vpc")], overlays: [overlay]);

        var error = Assert.Single(run.Errors);
        Assert.Equal(("TCAPI0018", overlay.ItemSpec, 3, 14), (error.Code, error.File, error.LineNumber, error.ColumnNumber));
        Assert.StartsWith("The overlay names service version 'cvm 2017-03-12', which this project neither selects nor has a spec of", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlays_of_a_selection_or_of_the_projects_own_spec_are_not_errors_and_only_the_first_refines_a_binding()
    {
        using var project = new TaskProject("""    <TcApiService Include="tke" Version="2018-05-25" />""");
        var selected = project.Write("tke.tcapi-overlay.json", Overlay("tke", "2018-05-25"));
        var own = project.Write("demo.tcapi-overlay.json", Overlay("demo", "2024-01-01"));
        var spec = project.Write("demo.tcapi.json", Overlay("demo", "2024-01-01"));

        var run = project.Run([project.Item("tke", ("Version", "2018-05-25"))], overlays: [selected, own], specs: [spec]);

        Assert.True(run.Succeeded, string.Join("\n", run.Printed));
        var refining = Assert.Single(run.Task.ResolvedOverlays);
        Assert.Equal((selected.ItemSpec, "tke-v20180525"), (refining.ItemSpec, refining.GetMetadata("Binding")));
    }
}
