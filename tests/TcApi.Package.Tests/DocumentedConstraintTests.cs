namespace TcApi.Package.Tests;

/// <summary>
/// A project with TreatWarningsAsErrors builds whatever the constraints read from Tencent's documentation (TCAPI2xxx)
/// say, unless it opts in with TcApiDocumentedConstraintsAsErrors: the reader can misread a sentence (issue 22: a
/// hostname bound given for Windows only), and a misreading must not break a valid build.
/// </summary>
[Collection(PackageCollection.Name)]
public class DocumentedConstraintTests(PackedPackage package)
{
    private const string Program = """
        using TcApi.Cvm.V20170312;

        var run = new RunInstancesRequest { HostName = "web-frontend-prod{R:1}", InstanceCount = 2 };
        var describe = new DescribeInstancesRequest { Limit = 500 };
        Console.WriteLine(describe.Validate().IsValid);
        """;

    [Fact]
    public void Documented_constraints_stay_warnings_under_TreatWarningsAsErrors_unless_the_project_opts_in()
    {
        using var consumer = new Consumer(package, Program, """<TcApiService Include="cvm" Actions="DescribeInstances;RunInstances" />""", withGaapSpec: false);
        File.WriteAllText(consumer.ProjectPath, File.ReadAllText(consumer.ProjectPath)
            .Replace("<Nullable>enable</Nullable>", "<Nullable>enable</Nullable><TreatWarningsAsErrors>true</TreatWarningsAsErrors>", StringComparison.Ordinal));

        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("warning TCAPI2001: Limit should be at most 100 (was 500) [DescribeInstances.Limit.range], documented as \"返回数量，默认为20，最大值为100。\"", build.Output);

        var optedIn = consumer.Build("--no-incremental -p:TcApiDocumentedConstraintsAsErrors=true");

        Assert.NotEqual(0, optedIn.ExitCode);
        Assert.Contains("error TCAPI2001: Limit should be at most 100 (was 500) [DescribeInstances.Limit.range]", optedIn.Output);
    }
}
