namespace TcApi.Package.Tests;

/// <summary>
/// A mistake in a <c>&lt;TcApiService&gt;</c> item stops the build before any binding compiles, each on its item in the
/// project file with the nearest names. Before, a malformed item was read as something else (a Precompile of "yes" as
/// true, "2017-3-12" as a version the catalogue lacks, an unknown metadata name ignored, "A|B" as one action, a blank
/// Include (whitespace: MSBuild drops the item in silence) ignored) and an unknown action surfaced only from the compiler, after the other bindings had compiled.
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
        // Not even the good item's binding is compiled: the build stops at the selection.
        Assert.False(Directory.Exists(Path.Combine(consumer.Folder, "obj", "Debug", "net10.0", "tcapi")), build.Output);
        Assert.DoesNotContain("CoreCompile", build.Output);
        Assert.DoesNotContain("CSC : error", build.Output);
    }

    private static void AssertError(Consumer consumer, string output, string item, string message)
    {
        var (line, column) = consumer.PlaceInProject(item);
        Assert.Contains($"Consumer.csproj({line},{column}): error TCAPI0020: {message}", output);
    }
}
