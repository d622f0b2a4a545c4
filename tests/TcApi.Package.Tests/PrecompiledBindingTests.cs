namespace TcApi.Package.Tests;

/// <summary>
/// Catalogue services compiled once into assemblies of their own under obj/&lt;configuration&gt;/&lt;tfm&gt;/tcapi/: reused by incremental builds,
/// rebuilt when the selection or an overlay changes, checked by the constraint analyzer through metadata, and
/// generated into the project instead with Precompile="false".
/// </summary>
[Collection(PackageCollection.Name)]
public class PrecompiledBindingTests(PackedPackage package)
{
    private const string Program = """
        var request = new TcApi.Cvm.V20170312.DescribeInstancesRequest { Limit = 10, Filters = [new TcApi.Cvm.V20170312.Filter { Name = "zone", Values = ["ap-guangzhou-1"] }] };
        Console.WriteLine($"{TcApi.Cvm.V20170312.CvmActions.All.Count} {request.Validate().IsValid}");
        """;

    private const string DescribeInstances = """<TcApiService Include="cvm" Actions="DescribeInstances" />""";

    [Fact]
    public void An_incremental_build_reuses_the_binding_and_a_new_selection_rebuilds_it()
    {
        using var consumer = new Consumer(package, Program, DescribeInstances, withGaapSpec: false);
        var binding = Path.Combine(consumer.Folder, "obj", "Debug", "net10.0", "tcapi", "cvm", "v20170312", "TcApi.Catalog.cvm.v20170312.dll");

        var first = consumer.Build();
        Assert.True(first.ExitCode == 0, first.Output);
        var compiled = File.GetLastWriteTimeUtc(binding);
        Assert.True(File.Exists(Path.ChangeExtension(binding, ".xml")), "the binding's XML docs sit beside it, for IntelliSense");
        Assert.False(Directory.Exists(GeneratedFolder(consumer)), "nothing of cvm is generated into the project");
        // With EmitCompilerGeneratedFiles (the consumer sets it), the binding's sources sit beside it, to read.
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(binding)!, "generated", "TcApi.Generator", "TcApi.Generator.TcApiGenerator", "TcApi.Cvm.V20170312.Requests.g.cs")));

        consumer.Write("Program.cs", Program + "\n// an edit");
        var incremental = consumer.Build();
        Assert.True(incremental.ExitCode == 0, incremental.Output);
        Assert.Equal(compiled, File.GetLastWriteTimeUtc(binding));

        File.WriteAllText(consumer.ProjectPath, File.ReadAllText(consumer.ProjectPath).Replace("Actions=\"DescribeInstances\"", "Actions=\"DescribeInstances;StartInstances\"", StringComparison.Ordinal));
        consumer.Write("Program.cs", Program + "\nConsole.WriteLine(new TcApi.Cvm.V20170312.StartInstancesRequest { InstanceIds = [\"ins-1\"] }.InstanceIds.Count);");
        var reselected = consumer.Build();
        Assert.True(reselected.ExitCode == 0, reselected.Output);
        Assert.NotEqual(compiled, File.GetLastWriteTimeUtc(binding));

        var run = consumer.Run();
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("2 True", run.Output);
    }

    [Fact]
    public void The_analyzer_checks_constants_against_a_precompiled_binding_and_a_project_overlay_refines_it()
    {
        using var consumer = new Consumer(package, Program.Replace("Limit = 10", "Limit = 60", StringComparison.Ordinal), DescribeInstances, withGaapSpec: false);
        consumer.Write("cvm.tcapi-overlay.json", """
            {
              "formatVersion": 2,
              "service": "cvm",
              "apiVersion": "2017-03-12",
              "actions": {
                "DescribeInstances": {
                  "input": {
                    "Limit": {
                      "constraints": [
                        { "id": "DescribeInstances.Limit.range", "kind": "range", "minimum": 1, "maximum": 50, "message": "{member} is at most {maximum} in this project (was {value})",
                          "errorCode": "InvalidParameterValue", "provenance": { "inferred": "This project's own limit." } }
                      ]
                    }
                  }
                }
              }
            }
            """);

        var build = consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("Program.cs(1,", build.Output);
        Assert.Contains("error TCAPI1001: Limit is at most 50 in this project (was 60)", build.Output);
        Assert.DoesNotContain("TCAPI0018", build.Output);
    }

    [Fact]
    public void Precompile_false_generates_the_service_into_the_project()
    {
        using var consumer = new Consumer(package, Program, """<TcApiService Include="cvm" Actions="DescribeInstances" Precompile="false" />""", withGaapSpec: false);

        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, build.Output);

        Assert.False(Directory.Exists(Path.Combine(consumer.Folder, "obj", "Debug", "net10.0", "tcapi")));
        Assert.Contains(Directory.GetFiles(GeneratedFolder(consumer)), f => f.EndsWith("TcApi.Cvm.V20170312.Requests.g.cs", StringComparison.Ordinal));
        var run = consumer.Run();
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("1 True", run.Output);
    }

    private static string GeneratedFolder(Consumer consumer) =>
        Path.Combine(consumer.Folder, "obj", "Debug", "net10.0", "generated", "TcApi.Generator", "TcApi.Generator.TcApiGenerator");
}
