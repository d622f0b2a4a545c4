using System.Text.Json;
using TcApi.Client;
using TcApi.Cvm.V20170312;
using TcApi.Emulator.Cloud;

namespace TcApi.Cloud.Tests;

/// <summary>
/// The idempotency key end to end: the generated client fills RunInstances' ClientToken (the catalogue's clientToken key),
/// keeps it when it retries a call whose answer was lost in transport, and the local cloud answers the repeated token
/// with its first answer — per service, action and token.
/// </summary>
public class ClientTokenRetryTests
{
    private static CvmClient Cvm(HttpMessageHandler handler, LocalCloud cloud) =>
        new(new HttpClient(handler), cloud.Credential, new TencentCloudClientOptions
        {
            Region = "ap-guangzhou",
            Retry = new RetryOptions { MaxAttempts = 3, BaseDelay = TimeSpan.Zero, Jitter = false },
        });

    private static RunInstancesRequest Run() => new() { ImageId = "img-pmqg1cw7", Placement = new Placement { Zone = "ap-guangzhou-3" } };

    private static string? Member(string json, string name) =>
        JsonDocument.Parse(json).RootElement.TryGetProperty(name, out var value) ? value.GetString() : null;

    [Fact]
    public async Task RunInstances_whose_answer_is_lost_is_retried_with_its_token_and_gets_the_first_answer_again()
    {
        await using var cloud = new LocalCloud();
        cloud.Service(CvmActions.All);
        var lossy = new LoseFirstAnswer(cloud.CreateHandler());

        var answer = await Cvm(lossy, cloud).RunInstancesAsync(Run());

        Assert.Equal("ClientToken", RunInstancesRequest.ActionInfo.ClientTokenMember);
        Assert.Equal(1, lossy.Lost);
        var calls = cloud.Calls;
        Assert.Equal(2, calls.Count);
        var token = Member(calls[0].RequestJson, "ClientToken");
        Assert.False(string.IsNullOrEmpty(token));
        Assert.Equal(token, Member(calls[1].RequestJson, "ClientToken"));
        Assert.Equal(calls[0].ResponseJson, calls[1].ResponseJson);
        Assert.Equal(Member(JsonDocument.Parse(calls[0].ResponseJson).RootElement.GetProperty("Response").GetRawText(), "RequestId"), answer.RequestId);
        Assert.NotEmpty(answer.InstanceIdSet!);
    }

    [Fact]
    public async Task A_token_is_remembered_per_action_and_a_new_call_gets_a_new_token()
    {
        await using var cloud = new LocalCloud(new LocalCloudOptions { SynthesiseAnswers = true });
        cloud.Service(CvmActions.All);
        var cvm = Cvm(cloud.CreateHandler(), cloud);

        var run = await cvm.RunInstancesAsync(Run() with { ClientToken = "token-1" });
        var price = await cvm.InquiryPriceRunInstancesAsync(new InquiryPriceRunInstancesRequest { ImageId = "img-pmqg1cw7", Placement = new Placement { Zone = "ap-guangzhou-3" }, ClientToken = "token-1" });
        var fresh = await cvm.RunInstancesAsync(Run());
        var again = await cvm.RunInstancesAsync(Run());

        Assert.NotEqual(run.RequestId, price.RequestId);
        Assert.NotEqual(fresh.RequestId, again.RequestId);
        Assert.NotEqual(Member(cloud.Calls[2].RequestJson, "ClientToken"), Member(cloud.Calls[3].RequestJson, "ClientToken"));
    }

    /// <summary>Lets the first request reach the cloud, which does the work, then loses its answer as a reset connection would.</summary>
    private sealed class LoseFirstAnswer(HttpMessageHandler cloud) : DelegatingHandler(cloud)
    {
        public int Lost { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (Lost > 0)
            {
                return response;
            }

            Lost++;
            response.Dispose();
            throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely (simulated after the cloud answered).");
        }
    }
}
