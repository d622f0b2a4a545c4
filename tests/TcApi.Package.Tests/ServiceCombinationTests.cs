namespace TcApi.Package.Tests;

/// <summary>
/// Several <c>&lt;TcApiService&gt;</c> items of one service, precompiled and generated into the project: two versions
/// side by side, the same version twice (its actions merged), and an action list written over several lines. Before,
/// a precompiled build crashed (MSB4018: the same binding assembly twice) or broke the binding's BindingInfo.cs
/// (CS1003), and Precompile="false" silently kept only the last item and dropped the actions after a line break.
/// </summary>
[Collection(PackageCollection.Name)]
public class ServiceCombinationTests(PackedPackage package)
{
    private const string Program = """
        Console.WriteLine(new TcApi.Ams.V20201229.CancelTaskRequest { TaskId = "t-1" }.TaskId);
        Console.WriteLine(typeof(TcApi.Ams.V20200608.DescribeAmsListRequest).Name);
        Console.WriteLine($"cvm {TcApi.Cvm.V20170312.CvmActions.All.Count}: {string.Join(" ", TcApi.Cvm.V20170312.CvmActions.All.Select(a => a.Info.Action).Order(StringComparer.Ordinal))}");
        """;

    private static string Services(string precompile) => $"""
        <TcApiService Include="ams" Version="2020-12-29" Actions="CancelTask" Precompile="{precompile}" />
        <TcApiService Include="ams" Version="2020-06-08" Actions="DescribeAmsList" Precompile="{precompile}" />
        <TcApiService Include="cvm" Actions="DescribeInstances" Precompile="{precompile}" />
        <TcApiService Include="cvm" Precompile="{precompile}" Actions="
            StartInstances;
            StopInstances
            RebootInstances" />
        """;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Two_versions_side_by_side_and_one_service_twice_over_several_lines_all_build(bool precompile)
    {
        using var consumer = new Consumer(package, Program, Services(precompile ? "true" : "false"), withGaapSpec: false);

        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain("MSB4018", build.Output);
        var bindings = Path.Combine(consumer.Folder, "obj", "Debug", "net10.0", "tcapi");
        Assert.Equal(precompile, File.Exists(Path.Combine(bindings, "ams", "v20201229", "TcApi.Catalog.ams.v20201229.dll")));
        Assert.Equal(precompile, File.Exists(Path.Combine(bindings, "ams", "v20200608", "TcApi.Catalog.ams.v20200608.dll")));
        Assert.Equal(precompile, File.Exists(Path.Combine(bindings, "cvm", "v20170312", "TcApi.Catalog.cvm.v20170312.dll")));
        var run = consumer.Run();
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("t-1", run.Output);
        Assert.Contains("DescribeAmsListRequest", run.Output);
        Assert.Contains("cvm 4: DescribeInstances RebootInstances StartInstances StopInstances", run.Output);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_bad_selection_is_an_error_on_its_item_in_the_project_file_and_nothing_else(bool precompile)
    {
        var mode = precompile ? "true" : "false";
        var items = $"""
            <TcApiService Include="cvmm" Precompile="{mode}" />
            <TcApiService Include="vpc" Version="2011-01-01" Precompile="{mode}" />
            <TcApiService Include="cvm" Actions="describeinstances" Precompile="{mode}" />
            """;
        using var consumer = new Consumer(package, "Console.WriteLine();", items, withGaapSpec: false);
        var cvmm = consumer.PlaceInProject("Include=\"cvmm\"");
        var vpc = consumer.PlaceInProject("Include=\"vpc\"");
        var cvm = consumer.PlaceInProject("Include=\"cvm\" Actions");

        var build = consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains($"Consumer.csproj({cvmm.Line},{cvmm.Column}): error TCAPI0020: <TcApiService Include=\"cvmm\" />: the catalogue has no service 'cvmm'; nearest: cvm", build.Output);
        Assert.Contains($"Consumer.csproj({vpc.Line},{vpc.Column}): error TCAPI0020: <TcApiService Include=\"vpc\" Version=\"2011-01-01\" />: the catalogue has no version '2011-01-01' of vpc; it has 2017-03-12", build.Output);
        Assert.Contains($"Consumer.csproj({cvm.Line},{cvm.Column}): error TCAPI0020: <TcApiService Include=\"cvm\" Actions=\"…\" />: cvm 2017-03-12 has no action 'describeinstances'; nearest: DescribeInstances", build.Output);
        Assert.DoesNotContain("CSC : error TCAPI0020", build.Output);
        Assert.DoesNotContain("TCAPI0005", build.Output);
    }
}
