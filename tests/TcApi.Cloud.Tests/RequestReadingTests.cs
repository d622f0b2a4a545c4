using TcApi.Emulator.Cloud;

namespace TcApi.Cloud.Tests;

/// <summary>
/// A service served from the catalogue alone (no binding in the test): requests read from its shapes as the service
/// reads them, signatures checked against its own scope, answers from examples or synthesised.
/// </summary>
public class RequestReadingTests
{
    private static LocalCloud Cloud(bool documented = false)
    {
        var cloud = new LocalCloud(new LocalCloudOptions { EnforceDocumentedConstraints = documented });
        cloud.Service("vpc");
        cloud.Service("cam");
        return cloud;
    }

    [Theory]
    [InlineData("{\"VpcName\":\"v\",\"CidrBlock\":\"10.0.0.0/16\",\"Colour\":1}", "UnknownParameter")]
    [InlineData("{\"VpcName\":\"v\",\"CidrBlock\":\"10.0.0.0/16\",\"Tags\":[{\"Key\":\"k\",\"Value\":\"v\",\"Extra\":1}]}", "UnknownParameter")]
    [InlineData("{\"VpcName\":\"v\"}", "MissingParameter")]
    [InlineData("{\"VpcName\":\"v\",\"CidrBlock\":[\"10.0.0.0/16\"]}", "InvalidParameterValue")]
    [InlineData("{\"VpcName\":\"v\",\"CidrBlock\":\"10.0.0.0/16\",\"EnableMulticast\":{}}", "InvalidParameterValue")]
    [InlineData("[1]", "InvalidParameter")]
    public async Task A_request_is_read_as_the_service_reads_it(string body, string code)
    {
        await using var cloud = Cloud();

        var (answer, _) = await SignedCall.SendAsync(cloud, "vpc", "2017-03-12", "CreateVpc", body);

        Assert.Equal(code, SignedCall.ErrorCode(answer));
        Assert.Contains("\"RequestId\"", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_request_gets_the_published_answer()
    {
        await using var cloud = Cloud();

        var (answer, type) = await SignedCall.SendAsync(cloud, "vpc", "2017-03-12", "DescribeVpcs", "{\"Limit\":\"20\",\"Offset\":\"0\",\"Filters\":null}");

        Assert.Null(SignedCall.ErrorCode(answer));
        Assert.Equal("application/json", type);
        Assert.Contains("\"VpcSet\"", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_scope_must_name_the_service_the_request_is_for()
    {
        await using var cloud = Cloud();

        var (answer, _) = await SignedCall.SendAsync(cloud, "vpc", "2017-03-12", "DescribeVpcs", "{}", scopeService: "cam");

        Assert.Equal("AuthFailure.SignatureFailure", SignedCall.ErrorCode(answer));
    }

    [Theory]
    [InlineData("DescribeNothing", "2017-03-12", "InvalidAction")]
    [InlineData("DescribeVpcs", "2019-01-01", "NoSuchVersion")]
    public async Task Actions_and_versions_the_service_lacks_are_refused(string action, string version, string code)
    {
        await using var cloud = Cloud();

        var (answer, _) = await SignedCall.SendAsync(cloud, "vpc", version, action, "{}");

        Assert.Equal(code, SignedCall.ErrorCode(answer));
    }

    [Fact]
    public async Task Documented_only_constraints_reject_only_when_switched_on()
    {
        // CreateVpc documents EnableMulticast's values (true, false) in its prose only: a mined constraint, severity warning.
        const string body = "{\"VpcName\":\"v\",\"CidrBlock\":\"10.0.0.0/16\",\"EnableMulticast\":\"maybe\"}";
        await using var lenient = Cloud();
        await using var strict = Cloud(documented: true);

        var (accepted, _) = await SignedCall.SendAsync(lenient, "vpc", "2017-03-12", "CreateVpc", body);
        var (refused, _) = await SignedCall.SendAsync(strict, "vpc", "2017-03-12", "CreateVpc", body);

        Assert.Null(SignedCall.ErrorCode(accepted));
        Assert.Equal("InvalidParameterValue", SignedCall.ErrorCode(refused));
    }

    [Fact]
    public async Task Synthesised_answers_are_the_same_for_a_seed_with_every_member_and_no_empty_list()
    {
        async Task<string> AnswerAsync(int seed)
        {
            await using var cloud = new LocalCloud(new LocalCloudOptions { SynthesiseAnswers = true, Seed = seed });
            cloud.Service("vpc");
            var (answer, _) = await SignedCall.SendAsync(cloud, "vpc", "2017-03-12", "DescribeVpcs", "{}");
            using var document = System.Text.Json.JsonDocument.Parse(answer);
            var response = document.RootElement.GetProperty("Response");
            var vpc = Assert.Single(response.GetProperty("VpcSet").EnumerateArray());
            Assert.Equal(System.Text.Json.JsonValueKind.String, vpc.GetProperty("VpcId").ValueKind);
            Assert.Equal(System.Text.Json.JsonValueKind.Number, response.GetProperty("TotalCount").ValueKind);
            return System.Text.RegularExpressions.Regex.Replace(answer, "\"RequestId\":\"[^\"]+\"", string.Empty);
        }

        Assert.Equal(await AnswerAsync(7), await AnswerAsync(7));
        Assert.NotEqual(await AnswerAsync(7), await AnswerAsync(8));
    }

    [Fact]
    public async Task A_documented_rate_limit_is_enforced()
    {
        await using var cloud = new LocalCloud(new LocalCloudOptions { RateLimitPerSecond = 2 });
        cloud.Service("vpc");
        var codes = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            codes.Add(SignedCall.ErrorCode((await SignedCall.SendAsync(cloud, "vpc", "2017-03-12", "DescribeVpcs", "{}")).Body));
        }

        Assert.Equal([null, null, "RequestLimitExceeded"], codes);
    }

    [Fact]
    public async Task A_streamed_action_streams_its_published_events()
    {
        await using var cloud = new LocalCloud();
        cloud.Service("lkeap@2024-05-22");

        var (answer, type) = await SignedCall.SendAsync(cloud, "lkeap", "2024-05-22", "ChatCompletions",
            "{\"Model\":\"deepseek-r1\",\"Messages\":[{\"Role\":\"user\",\"Content\":\"hi\"}],\"Stream\":true}");

        Assert.Equal("text/event-stream", type);
        Assert.StartsWith("data:", answer, StringComparison.Ordinal);
        Assert.EndsWith("\n\n", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_call_log_keeps_the_latest_calls_only()
    {
        await using var cloud = new LocalCloud(new LocalCloudOptions { MaxRecordedCalls = 2 });
        cloud.Service("vpc");
        foreach (var limit in (string[])["1", "2", "3"])
        {
            await SignedCall.SendAsync(cloud, "vpc", "2017-03-12", "DescribeVpcs", $"{{\"Limit\":\"{limit}\"}}");
        }

        Assert.Equal(["{\"Limit\":\"2\"}", "{\"Limit\":\"3\"}"], cloud.Calls.Select(c => c.RequestJson));
    }
}
