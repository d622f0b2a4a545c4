using System.IO.Compression;

namespace TcApi.Package.Tests;

/// <summary>The path a user takes: add the package, add a spec, build.</summary>
[Collection(PackageCollection.Name)]
public class PackageTests(PackedPackage package)
{
    private const string Program = """
        using TcApi.Gaap.V20180529;

        var request = new CreateTCPListenersRequest
        {
            ListenerName = "web",
            Ports = [80, 443],
            Scheduler = Scheduler.RoundRobin,
            HealthCheck = true,
            RealServerType = RealServerType.Ip,
            ProxyId = "link-bjkpdum1",
            DelayLoop = 20,
            ConnectTimeout = 10,
        };
        Console.WriteLine(request.Validate().IsValid);
        Console.WriteLine(System.Text.Encoding.UTF8.GetString(request.ToJsonUtf8()));
        """;

    [Fact]
    public void Packing_the_solution_makes_exactly_the_three_packages_and_their_symbols()
    {
        var files = Directory.GetFiles(package.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(
            [
                $"TcApi.{package.Version}.nupkg", $"TcApi.{package.Version}.snupkg",
                $"TcApi.Extensions.DependencyInjection.{package.Version}.nupkg", $"TcApi.Extensions.DependencyInjection.{package.Version}.snupkg",
                $"TcApi.Testing.{package.Version}.nupkg", $"TcApi.Testing.{package.Version}.snupkg",
            ],
            files);
    }

    [Fact]
    public void Packing_the_solution_warns_of_nothing()
    {
        var warnings = package.PackOutput.Split('\n').Where(l => l.Contains(": warning ", StringComparison.Ordinal) || l.Contains("warning :", StringComparison.Ordinal)).ToList();

        Assert.True(warnings.Count == 0, string.Join('\n', warnings));
    }

    [Fact]
    public void The_package_layout()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Subset(entries, new HashSet<string>
        {
            "lib/netstandard2.0/TcApi.dll", "lib/netstandard2.0/TcApi.xml",
            "lib/net8.0/TcApi.dll", "lib/net8.0/TcApi.xml",
            "analyzers/dotnet/cs/TcApi.Generator.dll", "analyzers/dotnet/cs/TcApi.CodeFixes.dll",
            "analyzers/dotnet/cs/System.Text.Json.dll",
            "build/TcApi.props", "build/TcApi.targets", "buildTransitive/TcApi.props", "buildTransitive/TcApi.targets",
            "build/TcApi.Binding.proj", "buildTransitive/TcApi.Binding.proj",
            "tasks/netstandard2.0/TcApi.Build.Tasks.dll",
            "README.md", "LICENSE",
        });
        Assert.DoesNotContain(entries, e => e.Contains("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && !e.StartsWith("lib/net8.0/TcApi.", StringComparison.Ordinal) && !e.StartsWith("lib/netstandard2.0/TcApi.", StringComparison.Ordinal));
        using (var readme = new StreamReader(zip.GetEntry("README.md")!.Open()))
        {
            Assert.Equal(PackageReadme.Committed, readme.ReadToEnd().ReplaceLineEndings("\n"));
        }

        var metadata = Nuspec(zip);
        Assert.Contains("<license type=\"expression\">MIT</license>", metadata);
        Assert.Contains("<repository type=\"git\" url=\"https://github.com/tcapi/tcapi\"", metadata);
        Assert.Contains("<releaseNotes>", metadata);
        Assert.Contains("<tags>tencentcloud", metadata);
        Assert.Contains("<description>", metadata);
        Assert.DoesNotContain("TcApi.Generator\"", metadata);
        // What net8.0 has built in comes as packages on netstandard2.0 only.
        Assert.Contains("<group targetFramework=\".NETStandard2.0\">", metadata);
        Assert.Matches("(?s)<group targetFramework=\".NETStandard2.0\">.*id=\"Microsoft.Bcl.TimeProvider\"", metadata);
        Assert.DoesNotMatch("(?s)<group targetFramework=\"net8.0\">((?!</group>).)*Microsoft.Bcl.TimeProvider", metadata);

        using var companion = ZipFile.OpenRead(Path.Combine(package.Folder, $"TcApi.Extensions.DependencyInjection.{package.Version}.nupkg"));
        var companionEntries = companion.Entries.Select(e => e.FullName).Where(e => e.StartsWith("lib/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(
            [
                "lib/net8.0/TcApi.Extensions.DependencyInjection.dll", "lib/net8.0/TcApi.Extensions.DependencyInjection.xml",
                "lib/netstandard2.0/TcApi.Extensions.DependencyInjection.dll", "lib/netstandard2.0/TcApi.Extensions.DependencyInjection.xml",
            ],
            companionEntries);
        Assert.Contains($"<dependency id=\"TcApi\" version=\"{package.Version}\"", Nuspec(companion));
    }

    private static string Nuspec(ZipArchive zip)
    {
        using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        return nuspec.ReadToEnd();
    }

    [Fact]
    public void A_consumer_builds_and_runs_the_generated_binding_and_sees_the_generated_files()
    {
        using var consumer = new Consumer(package, Program);

        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, build.Output);
        var run = consumer.Run();

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("True", run.Output);
        Assert.Contains("""{"ListenerName":"web","Ports":[80,443],"Scheduler":"rr",""", run.Output);
        var generated = Path.Combine(consumer.Folder, "obj", "Debug", "net10.0", "generated", "TcApi.Generator", "TcApi.Generator.TcApiGenerator");
        var files = Directory.GetFiles(generated).Select(Path.GetFileName).ToList();
        Assert.Contains("TcApi.Gaap.V20180529.GaapClient.g.cs", files);
        var requests = File.ReadAllText(Path.Combine(generated, "TcApi.Gaap.V20180529.Requests.g.cs"));
        Assert.Equal(102, System.Text.RegularExpressions.Regex.Count(requests, @"public sealed partial record \w+Request\b"));
        Assert.Contains("public sealed partial record CreateTCPListenersRequest", requests);
    }

    [Fact]
    public void A_constant_that_breaks_a_rule_fails_the_build_on_its_line()
    {
        using var consumer = new Consumer(package, Program.Replace("DelayLoop = 20,", "DelayLoop = 400,"));

        var build = consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("Program.cs(11,17): error TCAPI1001: DelayLoop must be between 5 and 300 (was 400) [CreateTCPListeners.DelayLoop.range]", build.Output);
    }

    [Fact]
    public void Editing_the_spec_regenerates_without_clean()
    {
        var code = Program.Replace("DelayLoop = 20,", "DelayLoop = 400,\n    Comment = \"from the edited spec\",");
        using var consumer = new Consumer(package, code);

        var before = consumer.Build();
        Assert.NotEqual(0, before.ExitCode);
        Assert.Contains("error TCAPI1001", before.Output);
        Assert.Contains("Comment", before.Output);

        // The range is curated in the overlay; the new member goes into the imported base.
        File.WriteAllText(consumer.OverlayPath, ReplaceFirst(File.ReadAllText(consumer.OverlayPath), "\"maximum\": 300,", "\"maximum\": 500,"));
        var spec = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(consumer.SpecPath))!;
        var action = spec["actions"]!.AsArray().Single(a => (string?)a!["name"] == "CreateTCPListeners")!;
        action["input"]!.AsArray().Insert(0, new System.Text.Json.Nodes.JsonObject { ["name"] = "Comment", ["type"] = "string", ["description"] = "A comment." });
        File.WriteAllText(consumer.SpecPath, spec.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        var after = consumer.Build();

        Assert.True(after.ExitCode == 0, after.Output);
    }

    [Fact]
    public void A_malformed_spec_fails_the_build_at_its_line_and_column_not_with_a_generator_crash()
    {
        using var consumer = new Consumer(package, Program);
        var spec = File.ReadAllText(consumer.SpecPath).Replace("\"service\": \"gaap\",", "\"service\": \"gaap\",\n  \"servce\": 1,");
        File.WriteAllText(consumer.SpecPath, spec);

        var build = consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("gaap-v20180529.tcapi.json(5,3): error TCAPI0002: Unknown key 'servce' in the spec file", build.Output);
        Assert.DoesNotContain("CS8785", build.Output);
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{old}' is not in the file");
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length));
    }
}
