namespace TcApi.Package.Tests;

/// <summary>Services from the catalogue the package carries, chosen in the project file with nothing to copy.</summary>
[Collection(PackageCollection.Name)]
public class CatalogueTests(PackedPackage package)
{
    private const string Program = """
        var instances = new TcApi.Cvm.V20170312.DescribeInstancesRequest { Limit = 10 };
        var proxies = new TcApi.Gaap.V20180529.DescribeProxiesRequest { Limit = 20 };
        Console.WriteLine(System.Text.Encoding.UTF8.GetString(instances.ToJsonUtf8()));
        Console.WriteLine($"{TcApi.Cvm.V20170312.CvmActions.All.Count} {TcApi.Gaap.V20180529.GaapActions.All.Count} {TcApi.Vpc.V20170312.VpcClient.DefaultEndpoint}");
        """;

    private const string Services = """
        <TcApiService Include="cvm" Actions="DescribeInstances;RunInstances" />
        <TcApiService Include="gaap" Version="2018-05-29" />
        <TcApiService Include="vpc" Actions="DescribeVpcs" />
        """;

    [Fact]
    public void Several_catalogue_services_build_side_by_side_with_only_the_chosen_actions()
    {
        using var consumer = new Consumer(package, Program, Services, withGaapSpec: false);

        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, build.Output);
        var run = consumer.Run();

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("""{"Limit":10}""", run.Output);
        Assert.Contains("2 102 vpc.tencentcloudapi.com", run.Output);
    }

    [Fact]
    public void An_unknown_service_version_or_action_fails_the_build_naming_the_nearest()
    {
        const string Wrong = """
            <TcApiService Include="cvmm" />
            <TcApiService Include="vpc" Version="2011-01-01" />
            <TcApiService Include="gaap" Actions="DescribeProxy" />
            """;
        using var consumer = new Consumer(package, "Console.WriteLine();", Wrong, withGaapSpec: false);

        var build = consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error TCAPI0020: <TcApiService Include=\"cvmm\" />: the catalogue has no service 'cvmm'; nearest: cvm", build.Output);
        Assert.Contains("the catalogue has no version '2011-01-01' of vpc; it has 2017-03-12", build.Output);
        Assert.Contains("gaap 2018-05-29 has no action 'DescribeProxy'; nearest: DescribeProxies", build.Output);
    }

    [Fact]
    public void A_cvm_consumer_validates_nested_filters_and_calls_a_local_handler_with_mined_constraints_as_warnings()
    {
        const string Cvm = """
            using TcApi.Cvm.V20170312;

            var request = new DescribeInstancesRequest
            {
                Filters = [new Filter { Name = "zone", Values = ["ap-guangzhou-1"] }],
                Limit = 500,
            };
            var result = request.Validate();
            Console.WriteLine($"valid={result.IsValid} warnings={string.Join(",", result.Violations.Select(v => v.RuleId))}");

            var client = new CvmClient(new HttpClient(new Canned()), new TcApi.Signing.Credential("AKIDexample", "secret"),
                new TcApi.Client.TencentCloudClientOptions { Endpoint = "http://127.0.0.1:1", Region = "ap-guangzhou" });
            var response = await client.DescribeInstancesAsync(request with { Limit = 100 });
            Console.WriteLine($"total={response.TotalCount} first={response.InstanceSet[0].InstanceId}");

            sealed class Canned : HttpMessageHandler
            {
                protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
                    Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK)
                    {
                        Content = new StringContent("{\"Response\":{\"TotalCount\":1,\"InstanceSet\":[{\"InstanceId\":\"ins-1\"}],\"RequestId\":\"r-1\"}}"),
                    });
            }
            """;
        using var consumer = new Consumer(package, Cvm, """<TcApiService Include="cvm" Actions="DescribeInstances" />""", withGaapSpec: false);

        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("warning TCAPI2001", build.Output);
        var run = consumer.Run();

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("valid=True warnings=DescribeInstances.Limit.range", run.Output);
        Assert.Contains("total=1 first=ins-1", run.Output);
    }
}
