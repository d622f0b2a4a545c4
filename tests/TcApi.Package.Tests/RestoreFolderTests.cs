namespace TcApi.Package.Tests;

/// <summary>
/// Packages restored into a folder inside the project (container builds cache it there) are not the project's spec
/// files: before, every catalogue service of the package was generated into the project.
/// </summary>
[Collection(PackageCollection.Name)]
public class RestoreFolderTests(PackedPackage package)
{
    private const string Program = """
        Console.WriteLine($"{TcApi.Cvm.V20170312.CvmActions.All.Count} {TcApi.Gaap.V20180529.GaapActions.All.Count}");
        """;

    private const string Cvm = """<TcApiService Include="cvm" Actions="DescribeInstances" />""";

    [Theory]
    [InlineData("--packages ./packages", "")]
    [InlineData("", "<RestorePackagesPath>restored</RestorePackagesPath>")]
    public void A_project_restoring_into_its_own_folder_takes_only_its_own_specs_and_builds(string restoreArguments, string property)
    {
        using var consumer = new Consumer(package, Program, Cvm);
        if (property.Length > 0)
        {
            File.WriteAllText(consumer.ProjectPath, File.ReadAllText(consumer.ProjectPath).Replace("</PropertyGroup>", property + "\n  </PropertyGroup>", StringComparison.Ordinal));
        }

        var restore = consumer.Restore(restoreArguments);
        Assert.True(restore.ExitCode == 0, restore.Output);
        var restored = Path.Combine(consumer.Folder, property.Length > 0 ? "restored" : "packages", "tcapi");
        Assert.True(Directory.Exists(restored), "the package is restored inside the project");

        var specs = consumer.EvaluatedItems("AdditionalFiles");

        Assert.Equal(["specs/gaap-v20180529.tcapi-overlay.json", "specs/gaap-v20180529.tcapi.json"], specs.Select(s => s.Replace('\\', '/')).Order(StringComparer.Ordinal));
        var build = consumer.Build("--no-restore");
        Assert.True(build.ExitCode == 0, build.Output);
        var run = consumer.Run();
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("1 102", run.Output);
    }

    [Fact]
    public void A_package_folder_left_in_the_project_is_not_its_spec_whatever_the_restore_root()
    {
        using var consumer = new Consumer(package, Program, Cvm);
        var spec = File.ReadAllText(consumer.SpecPath);
        // A folder NuGet restored a package into, left from another restore root (a cache folder of a container build).
        var restored = Directory.CreateDirectory(Path.Combine(consumer.Folder, "cache", "some.specs", "1.0.0", "specs", "gaap"));
        File.WriteAllText(Path.Combine(consumer.Folder, "cache", "some.specs", "1.0.0", ".nupkg.metadata"), "{}");
        File.WriteAllText(Path.Combine(restored.FullName, "gaap-v20180529.tcapi.json"), spec);

        var restore = consumer.Restore();
        Assert.True(restore.ExitCode == 0, restore.Output);
        var specs = consumer.EvaluatedItems("AdditionalFiles");

        Assert.Equal(["specs/gaap-v20180529.tcapi-overlay.json", "specs/gaap-v20180529.tcapi.json"], specs.Select(s => s.Replace('\\', '/')).Order(StringComparer.Ordinal));
    }
}
