using System.Text.RegularExpressions;

namespace TcApi.Package.Tests;

/// <summary>
/// The out-of-date bindings of a project are compiled side by side, one build of the package's TcApi.Binding.proj each
/// on the build's nodes (docs/build-cache.md). Before, the bindings were the batches of one target, compiled one after
/// another on one node: a first build of five services waited for five compilations in a row.
/// </summary>
[Collection(PackageCollection.Name)]
public partial class ParallelBindingTests(PackedPackage package)
{
    private const string Program = """
        Console.WriteLine($"{TcApi.Cvm.V20170312.CvmActions.All.Count} {TcApi.Vpc.V20170312.VpcActions.All.Count}");
        """;

    private const string Items = """
        <TcApiService Include="cvm" Actions="DescribeInstances" />
        <TcApiService Include="vpc" Actions="DescribeVpcs" />
        """;

    [Fact]
    public void Two_out_of_date_bindings_are_compiled_on_two_nodes_and_an_up_to_date_one_is_not_built_at_all()
    {
        using var consumer = new Consumer(package, Program, Items, withGaapSpec: false);

        var first = consumer.Build("-m:2 -v:n -p:TcApiUseBindingCache=false");

        Assert.True(first.ExitCode == 0, first.Output);
        var nodes = BindingBuilds().Matches(first.Output).Select(m => m.Groups["node"].Value).ToList();
        Assert.Equal(2, nodes.Count);
        Assert.Equal(2, nodes.Distinct().Count());
        var run = consumer.Run();
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("1 1", run.Output);

        consumer.Write("Program.cs", Program + "\n// an edit");
        var incremental = consumer.Build("-m:2 -v:n -p:TcApiUseBindingCache=false");
        Assert.True(incremental.ExitCode == 0, incremental.Output);
        Assert.Empty(BindingBuilds().Matches(incremental.Output));
    }

    [Fact]
    public void Every_binding_that_fails_is_reported_in_one_build_on_its_overlay_and_the_build_fails()
    {
        using var consumer = new Consumer(package, Program, Items, withGaapSpec: false);
        consumer.Write("cvm.tcapi-overlay.json", """{ "formatVersion": 2, "service": "cvm", "apiVersion": "2017-03-12", "actions": { "NoSuchCvmAction": { } } }""");
        consumer.Write("vpc.tcapi-overlay.json", """{ "formatVersion": 2, "service": "vpc", "apiVersion": "2017-03-12", "actions": { "NoSuchVpcAction": { } } }""");

        var build = consumer.Build("-m:2 -p:TcApiUseBindingCache=false");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("cvm.tcapi-overlay.json(1,", build.Output);
        Assert.Contains("error TCAPI0018: The overlay names action 'NoSuchCvmAction'", build.Output);
        Assert.Contains("vpc.tcapi-overlay.json(1,", build.Output);
        Assert.Contains("error TCAPI0018: The overlay names action 'NoSuchVpcAction'", build.Output);
        // Then the build stops on the first binding without an assembly (an Error task ends its target).
        Assert.Contains("(version 2017-03-12): its binding was not compiled (the errors above say why)", build.Output);
    }

    /// <summary>MSBuild's normal-verbosity line for a build of one binding, and the node it runs on.</summary>
    [GeneratedRegex("""is building ".*TcApi\.Binding\.proj" \([0-9:]+\) on node (?<node>[0-9]+)""")]
    private static partial Regex BindingBuilds();
}
