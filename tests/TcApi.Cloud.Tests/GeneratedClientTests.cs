using TcApi.Client;
using TcApi.Cvm.V20170312;
using TcApi.Emulator;
using TcApi.Emulator.Cloud;
using TcApi.Errors;
using TcApi.Vpc.V20170312;

namespace TcApi.Cloud.Tests;

/// <summary>The generated CVM and VPC clients against the local cloud: published answers, typed handlers, planned errors.</summary>
public class GeneratedClientTests
{
    private static CvmClient Cvm(LocalCloud cloud) =>
        new(cloud.CreateHttpClient(), cloud.Credential, new TencentCloudClientOptions { Region = "ap-guangzhou" });

    [Fact]
    public async Task DescribeInstances_answers_with_its_published_example_in_process()
    {
        await using var cloud = new LocalCloud();
        cloud.Service(CvmActions.All);

        var answer = await Cvm(cloud).DescribeInstancesAsync(new DescribeInstancesRequest { Limit = 1 });

        Assert.Equal(1, answer.TotalCount);
        Assert.Equal("ins-xlsyru2j", Assert.Single(answer.InstanceSet!).InstanceId);
        var call = Assert.Single(cloud.Calls);
        Assert.Equal(("cvm", "2017-03-12", "DescribeInstances"), (call.Service, call.Version, call.Action));
        Assert.Equal(1, Assert.IsType<DescribeInstancesRequest>(call.Request).Limit);
        Assert.Contains("\"Limit\":1", call.RequestJson, StringComparison.Ordinal);
        Assert.Null(call.ErrorCode);
    }

    [Fact]
    public async Task A_typed_handler_answers_and_sees_the_typed_request()
    {
        await using var cloud = new LocalCloud();
        cloud.Service(CvmActions.All).On<DescribeInstancesRequest, DescribeInstancesResponse>(request => new DescribeInstancesResponse
        {
            TotalCount = 2,
            InstanceSet = [new Instance { InstanceId = "ins-mine0001" }, new Instance { InstanceId = "ins-mine0002" }],
        });

        var answer = await Cvm(cloud).DescribeInstancesAsync(new DescribeInstancesRequest { InstanceIds = ["ins-mine0001"] });

        Assert.Equal(["ins-mine0001", "ins-mine0002"], answer.InstanceSet!.Select(i => i.InstanceId));
        Assert.False(string.IsNullOrEmpty(answer.RequestId));
        Assert.Equal(["ins-mine0001"], Assert.Single(cloud.Service(CvmActions.All).Requests<DescribeInstancesRequest>()).InstanceIds!);
    }

    [Fact]
    public async Task A_planned_error_is_thrown_as_the_service_exception_then_calls_answer_again()
    {
        await using var cloud = new LocalCloud();
        cloud.Service(CvmActions.All).Fail<DescribeInstancesRequest>("InvalidInstanceId.NotFound", "No such instance.");
        var client = Cvm(cloud);

        var error = await Assert.ThrowsAsync<CvmApiException>(() => client.DescribeInstancesAsync(new DescribeInstancesRequest()));
        var after = await client.DescribeInstancesAsync(new DescribeInstancesRequest());

        Assert.Equal("InvalidInstanceId.NotFound", error.RawCode);
        Assert.Equal(1, after.TotalCount);
        Assert.Equal("InvalidInstanceId.NotFound", cloud.Calls[0].ErrorCode);
    }

    [Fact]
    public async Task A_repeated_ClientToken_gets_the_first_answer()
    {
        await using var cloud = new LocalCloud(new LocalCloudOptions { SynthesiseAnswers = true });
        cloud.Service(CvmActions.All);
        var client = Cvm(cloud);
        RunInstancesRequest Request(string token) => new() { ImageId = "img-pmqg1cw7", ClientToken = token, Placement = new Placement { Zone = "ap-guangzhou-3" } };

        var first = await client.RunInstancesAsync(Request("token-1"));
        var again = await client.RunInstancesAsync(Request("token-1"));
        var other = await client.RunInstancesAsync(Request("token-2"));

        Assert.Equal(first.RequestId, again.RequestId);
        Assert.Equal(first.InstanceIdSet, again.InstanceIdSet);
        Assert.NotEqual(first.RequestId, other.RequestId);
    }

    [Fact]
    public async Task DescribeVpcs_over_the_loopback_server_signed_for_vpc()
    {
        await using var cloud = new LocalCloud();
        cloud.Service(CvmActions.All);
        cloud.Service(VpcActions.All);
        var address = await cloud.ListenAsync();
        var vpc = new VpcClient(new HttpClient(), cloud.Credential, new TencentCloudClientOptions { Endpoint = address.ToString(), Region = "ap-guangzhou" });

        var answer = await vpc.DescribeVpcsAsync(new DescribeVpcsRequest());

        Assert.NotEmpty(answer.VpcSet!);
        Assert.Equal("vpc", Assert.Single(cloud.Calls).Service);
    }

    [Fact]
    public async Task A_fault_shows_on_the_next_calls_only()
    {
        await using var cloud = new LocalCloud();
        cloud.Service(CvmActions.All).Fault(Fault.Html(), times: 3);
        var client = new CvmClient(cloud.CreateHttpClient(), cloud.Credential,
            new TencentCloudClientOptions { Region = "ap-guangzhou", Retry = new RetryOptions { MaxAttempts = 1 } });

        await Assert.ThrowsAnyAsync<TencentCloudException>(() => client.DescribeInstancesAsync(new DescribeInstancesRequest()));

        Assert.IsType<Fault>(Assert.Single(cloud.Calls).Fault, exactMatch: false);
    }
}
