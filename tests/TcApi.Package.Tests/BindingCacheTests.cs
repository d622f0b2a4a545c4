namespace TcApi.Package.Tests;

/// <summary>
/// Each binding's inputs are its own, and a binding compiled once on the machine is reused by every later build that
/// would compile the same one (docs/build-cache.md). Before, every project overlay and every service's catalogue files
/// were inputs of every binding (an edit to cvm's overlay rebuilt vpc), and each project, clean build and configuration
/// compiled each binding again. Each test has a cache folder of its own (TcApiBindingCache), so none sees another's.
/// </summary>
[Collection(PackageCollection.Name)]
public class BindingCacheTests(PackedPackage package) : IDisposable
{
    private const string Program = """
        Console.WriteLine($"{TcApi.Cvm.V20170312.CvmActions.All.Count} {TcApi.Vpc.V20170312.VpcActions.All.Count}");
        """;

    private const string Items = """
        <TcApiService Include="cvm" Actions="DescribeInstances" />
        <TcApiService Include="vpc" Actions="DescribeVpcs" />
        """;

    private readonly string _cache = Directory.CreateTempSubdirectory("tcapi-binding-cache-").FullName;

    private string Cache => $"-v:n -p:TcApiBindingCache={_cache}/";

    [Fact]
    public void Editing_one_services_overlay_rebuilds_that_binding_alone()
    {
        using var consumer = new Consumer(package, Program, Items, withGaapSpec: false);
        // Named after neither service: which binding an overlay refines is its "service" and "apiVersion", as the generator reads it.
        consumer.Write("first.tcapi-overlay.json", CvmOverlay("at most {maximum}"));
        consumer.Write("second.tcapi-overlay.json", """{ "formatVersion": 2, "service": "vpc", "apiVersion": "2017-03-12" }""");
        var cvm = Binding(consumer, "cvm");
        var vpc = Binding(consumer, "vpc");

        var first = consumer.Build("-p:TcApiUseBindingCache=false");
        Assert.True(first.ExitCode == 0, first.Output);
        var (cvmBuilt, vpcBuilt) = (File.GetLastWriteTimeUtc(cvm), File.GetLastWriteTimeUtc(vpc));

        consumer.Write("first.tcapi-overlay.json", CvmOverlay("no more than {maximum}"));
        var edited = consumer.Build("-p:TcApiUseBindingCache=false");

        Assert.True(edited.ExitCode == 0, edited.Output);
        Assert.NotEqual(cvmBuilt, File.GetLastWriteTimeUtc(cvm));
        Assert.Equal(vpcBuilt, File.GetLastWriteTimeUtc(vpc));
    }

    [Fact]
    public void A_second_project_a_clean_build_and_Release_reuse_the_binding_and_an_overlay_edit_misses()
    {
        const string Cvm = """<TcApiService Include="cvm" Actions="DescribeInstances" />""";
        const string CvmProgram = "Console.WriteLine(TcApi.Cvm.V20170312.CvmActions.All.Count);";
        using var first = new Consumer(package, CvmProgram, Cvm, withGaapSpec: false);
        using var second = new Consumer(package, CvmProgram, Cvm, withGaapSpec: false);

        var compiled = first.Build(Cache);
        Assert.True(compiled.ExitCode == 0, compiled.Output);
        Assert.Contains("TcApi: the cvm 2017-03-12 binding is not in the binding cache", compiled.Output);
        Assert.Contains("TcApi: stored the binding in the binding cache", compiled.Output);
        Assert.Single(Entries());

        var reused = second.Build(Cache);
        Assert.True(reused.ExitCode == 0, reused.Output);
        AssertReused(reused.Output);
        var run = second.Run();
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("1", run.Output);

        Directory.Delete(Path.Combine(first.Folder, "obj"), recursive: true);
        Directory.Delete(Path.Combine(first.Folder, "bin"), recursive: true);
        var clean = first.Build(Cache);
        Assert.True(clean.ExitCode == 0, clean.Output);
        AssertReused(clean.Output);

        var release = first.Build("-c Release " + Cache);
        Assert.True(release.ExitCode == 0, release.Output);
        AssertReused(release.Output);

        second.Write("cvm.tcapi-overlay.json", CvmOverlay("at most {maximum}"));
        var overlaid = second.Build(Cache);
        Assert.True(overlaid.ExitCode == 0, overlaid.Output);
        Assert.Contains("TcApi: the cvm 2017-03-12 binding is not in the binding cache", overlaid.Output);
        Assert.Equal(2, Entries().Count);
    }

    [Fact]
    public async Task Two_builds_racing_for_one_binding_both_succeed_and_leave_one_whole_entry()
    {
        const string Cvm = """<TcApiService Include="cvm" Actions="DescribeInstances;StartInstances" />""";
        const string CvmProgram = "Console.WriteLine(TcApi.Cvm.V20170312.CvmActions.All.Count);";
        using var first = new Consumer(package, CvmProgram, Cvm, withGaapSpec: false);
        using var second = new Consumer(package, CvmProgram, Cvm, withGaapSpec: false);
        using var third = new Consumer(package, CvmProgram, Cvm, withGaapSpec: false);
        Assert.True(first.Restore().ExitCode == 0);
        Assert.True(second.Restore().ExitCode == 0);

        var racing = await Task.WhenAll(new[] { first, second }.Select(c => Task.Run(() => c.Build("--no-restore " + Cache))));

        foreach (var build in racing)
        {
            Assert.True(build.ExitCode == 0, build.Output);
        }

        var entry = Assert.Single(Entries());
        Assert.Empty(Directory.GetDirectories(_cache, "tmp-*"));
        Assert.True(File.Exists(Path.Combine(entry, "TcApi.Catalog.cvm.v20170312.dll")));
        var reused = third.Build(Cache);
        Assert.True(reused.ExitCode == 0, reused.Output);
        AssertReused(reused.Output);
        var run = third.Run();
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("2", run.Output);
    }

    [Fact]
    public void The_cache_removes_the_least_recently_used_entries_beyond_its_bound()
    {
        var old = Path.Combine(_cache, "TcApi.Catalog.old.v20000101-00000000000000000000000000000000");
        Directory.CreateDirectory(old);
        File.WriteAllBytes(Path.Combine(old, "TcApi.Catalog.old.v20000101.dll"), new byte[3 * 1024 * 1024]);
        Directory.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddDays(-30));
        using var consumer = new Consumer(package, "Console.WriteLine(TcApi.Cvm.V20170312.CvmActions.All.Count);", """<TcApiService Include="cvm" Actions="DescribeInstances" />""", withGaapSpec: false);

        var build = consumer.Build(Cache + " -p:TcApiBindingCacheMaxMegabytes=3");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.False(Directory.Exists(old), "the oldest entry goes once the folder holds more than its bound");
        var entry = Assert.Single(Entries());
        Assert.StartsWith("TcApi.Catalog.cvm.v20170312-", Path.GetFileName(entry), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_cache, recursive: true);

    private IReadOnlyList<string> Entries() =>
        Directory.GetDirectories(_cache).Where(d => !Path.GetFileName(d).StartsWith("tmp-", StringComparison.Ordinal)).ToList();

    private static void AssertReused(string output)
    {
        Assert.Contains("TcApi: the cvm 2017-03-12 binding was reused from the binding cache", output);
        Assert.DoesNotContain("binding is not in the binding cache", output);
    }

    private static string Binding(Consumer consumer, string service) =>
        Path.Combine(consumer.Folder, "obj", "Debug", "net10.0", "tcapi", service, "v20170312", $"TcApi.Catalog.{service}.v20170312.dll");

    private static string CvmOverlay(string message) => $$"""
        {
          "formatVersion": 2,
          "service": "cvm",
          "apiVersion": "2017-03-12",
          "actions": {
            "DescribeInstances": {
              "input": {
                "Limit": {
                  "constraints": [
                    { "id": "DescribeInstances.Limit.range", "kind": "range", "minimum": 1, "maximum": 50, "message": "{member} is {{message}} in this project (was {value})",
                      "errorCode": "InvalidParameterValue", "provenance": { "inferred": "This project's own limit." } }
                  ]
                }
              }
            }
          }
        }
        """;
}
