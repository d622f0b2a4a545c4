namespace TcApi.Package.Tests;

/// <summary>
/// A mistake in a <c>&lt;TcApiService&gt;</c> item stops the build before any binding compiles, each on its item in the
/// project file with the nearest names. Before, a malformed item was read as something else (a Precompile of "yes" as
/// true, "2017-3-12" as a version the catalogue lacks, an unknown metadata name ignored, "A|B" as one action, a blank
/// Include (whitespace: MSBuild drops the item in silence) ignored) and an unknown action surfaced only from the compiler, after the other bindings had compiled;
/// an Include of an unset property was dropped in silence, a service's metadata folder (autoscaling) was told the
/// nearest key by spelling alone (ca), and an overlay for another version of a precompiled service was reported by nothing.
/// </summary>
[Collection(PackageCollection.Name)]
public class SelectionErrorTests(PackedPackage package)
{
    [Fact]
    public void Every_malformed_or_unknown_item_is_an_error_on_its_line_and_no_binding_compiles()
    {
        const string Items = """
            <TcApiService Include=" " />
            <TcApiService Include="cvm" Action="DescribeInstances" />
            <TcApiService Include="vpc" Version="2017-3-12" />
            <TcApiService Include="cbs" Actions="DescribeDisks|AttachDisks" />
            <TcApiService Include="clb" Precompile="yes" />
            <TcApiService Include="cam" Actions="GetUserr" />
            <TcApiService Include="tiia" />
            <TcApiService Include="autoscaling" />
            <TcApiService Include="$(TcApiUnsetServices)" />
            """;
        using var consumer = new Consumer(package, "Console.WriteLine();", Items, withGaapSpec: false);

        var build = consumer.Build("-v:n");

        Assert.NotEqual(0, build.ExitCode);
        AssertError(consumer, build.Output, "Include=\" \"", "<TcApiService Include=\"\" />: the item names no service; name a catalogue service, e.g. <TcApiService Include=\"cvm\" />");
        AssertError(consumer, build.Output, "Include=\"cvm\"", "<TcApiService Include=\"cvm\" Action=\"…\" />: a TcApiService item takes no metadata 'Action'; nearest: Actions (it takes Version, Actions, Precompile)");
        AssertError(consumer, build.Output, "Include=\"vpc\"", "<TcApiService Include=\"vpc\" Version=\"2017-3-12\" />: Version '2017-3-12' is not a date: write it yyyy-MM-dd, e.g. Version=\"2017-03-12\"");
        AssertError(consumer, build.Output, "Include=\"cbs\"", "<TcApiService Include=\"cbs\" Actions=\"…\" />: 'DescribeDisks|AttachDisks' is not an action name: separate actions with ';' or whitespace");
        AssertError(consumer, build.Output, "Include=\"clb\"", "<TcApiService Include=\"clb\" Precompile=\"yes\" />: Precompile is true or false, not 'yes'");
        AssertError(consumer, build.Output, "Include=\"cam\"", "<TcApiService Include=\"cam\" Actions=\"…\" />: cam 2019-01-16 has no action 'GetUserr'; nearest: GetUser");
        // Auto Scaling's folder in Tencent's metadata; its key is "as" (index.json's aliases).
        AssertError(consumer, build.Output, "Include=\"autoscaling\"", "<TcApiService Include=\"autoscaling\" />: the catalogue has no service 'autoscaling'; nearest: as, ca");
        AssertError(consumer, build.Output, "$(TcApiUnsetServices)", "<TcApiService Include=\"$(TcApiUnsetServices)\" />: the Include is empty once evaluated, so MSBuild made no item of it; set what it names, or add Condition=\"'$(TcApiUnsetServices)' != ''\" if it may be empty");
        // Not even the good item's binding is compiled: the build stops at the selection.
        Assert.False(Directory.Exists(Path.Combine(consumer.Folder, "obj", "Debug", "net10.0", "tcapi")), build.Output);
        Assert.DoesNotContain("CoreCompile", build.Output);
        Assert.DoesNotContain("CSC : error", build.Output);
    }

    [Fact]
    public void An_overlay_for_another_version_of_a_precompiled_service_stops_the_build_at_its_service()
    {
        using var consumer = new Consumer(package, "Console.WriteLine();", """<TcApiService Include="tke" Version="2022-05-01" />""", withGaapSpec: false);
        consumer.Write("tke.tcapi-overlay.json", """
            {
              "formatVersion": 2,
              "service": "tke",
              "apiVersion": "2018-05-25"
            }
            """);

        var build = consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("tke.tcapi-overlay.json(3,14): error TCAPI0018: The overlay names service version 'tke 2018-05-25', which this project neither selects nor has a spec of; it selects tke 2022-05-01", build.Output);
        Assert.False(Directory.Exists(Path.Combine(consumer.Folder, "obj", "Debug", "net10.0", "tcapi")), build.Output);
    }

    private static void AssertError(Consumer consumer, string output, string item, string message)
    {
        var (line, column) = consumer.PlaceInProject(item);
        Assert.Contains($"Consumer.csproj({line},{column}): error TCAPI0020: {message}", output);
    }
}
