using System.Text.Json;
using TcApi.Emulator.Cloud;

namespace TcApi.Cloud.Tests;

/// <summary>Which published example answers a call (docs/emulator.md, "Answers"): the closest request, and the call's kind.</summary>
public class ExampleChoiceTests
{
    // cvm InquiryPriceRunInstances' second published example (hourly), with another password: no example is this request.
    private const string Hourly = """
        {"SystemDisk":{"DiskSize":50,"DiskType":"CLOUD_PREMIUM"},"InstanceCount":1,"Placement":{"Zone":"ap-shanghai-2"},
         "LoginSettings":{"Password":"Another@Pass123"},"ImageId":"img-pmqg1cw7","InstanceChargeType":"POSTPAID_BY_HOUR",
         "EnhancedService":{"SecurityService":{"Enabled":true},"MonitorService":{"Enabled":true}}}
        """;

    private static JsonElement Response(string answer) => JsonDocument.Parse(answer).RootElement.GetProperty("Response");

    [Fact]
    public async Task A_request_unlike_every_example_gets_the_example_whose_members_it_matches_most()
    {
        await using var cloud = new LocalCloud();
        cloud.Service("cvm");

        var (hourly, _) = await SignedCall.SendAsync(cloud, "cvm", "2017-03-12", "InquiryPriceRunInstances", Hourly);
        var (prepaid, _) = await SignedCall.SendAsync(cloud, "cvm", "2017-03-12", "InquiryPriceRunInstances", Hourly.Replace("POSTPAID_BY_HOUR", "PREPAID", StringComparison.Ordinal));
        var (bare, _) = await SignedCall.SendAsync(cloud, "cvm", "2017-03-12", "InquiryPriceRunInstances", """{"ImageId":"img-other","Placement":{"Zone":"ap-beijing-1"}}""");

        // The hourly example prices by the hour, the prepaid one by the month, the minimal one is the closest in shape to a bare request.
        Assert.Equal(16.09, Response(hourly).GetProperty("Price").GetProperty("InstancePrice").GetProperty("UnitPrice").GetDouble());
        Assert.Equal(1804.9, Response(prepaid).GetProperty("Price").GetProperty("InstancePrice").GetProperty("DiscountPrice").GetDouble());
        Assert.Equal(0.2, Response(bare).GetProperty("Price").GetProperty("InstancePrice").GetProperty("UnitPrice").GetDouble());
    }

    [Fact]
    public async Task A_request_that_writes_bare_the_numbers_an_example_quotes_gets_that_example()
    {
        await using var cloud = new LocalCloud();
        cloud.Service("dc");

        // dc ApplyInternetAddress publishes {"AddrType":"0",…} then {"AddrType":"1",…}; a client writes the integers bare.
        var (first, _) = await SignedCall.SendAsync(cloud, "dc", "2018-04-10", "ApplyInternetAddress", """{"AddrType":0,"MaskLen":30,"AddrProto":0}""");
        var (second, _) = await SignedCall.SendAsync(cloud, "dc", "2018-04-10", "ApplyInternetAddress", """{"AddrType":1,"MaskLen":30,"AddrProto":0}""");

        Assert.Equal("ipv4-h2k2jna1", Response(first).GetProperty("InstanceId").GetString());
        Assert.Equal("ipv4-ljm17pbl", Response(second).GetProperty("InstanceId").GetString());
    }

    [Fact]
    public async Task A_call_that_does_not_ask_for_a_stream_gets_JSON_not_the_first_published_events()
    {
        await using var cloud = new LocalCloud();
        cloud.Service("cls");
        const string Ask = """{"Model":"text2sql","Messages":[{"Role":"user","Content":"How many 5xx today?"}]""";

        var (plain, plainType) = await SignedCall.SendAsync(cloud, "cls", "2020-10-16", "ChatCompletions", Ask + "}");
        var (streamed, streamedType) = await SignedCall.SendAsync(cloud, "cls", "2020-10-16", "ChatCompletions", Ask + ",\"Stream\":true}");

        // cls publishes its events first; its JSON answer is unreadable upstream (an invalid escape, \`), so the plain
        // call's answer is made from the response's types — JSON all the same.
        Assert.Equal("application/json", plainType);
        Assert.Null(SignedCall.ErrorCode(plain));
        Assert.True(Response(plain).GetProperty("Choices")[0].TryGetProperty("FinishReason", out _));
        Assert.Equal("text/event-stream", streamedType);
        Assert.StartsWith("id:", streamed.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_example_of_an_action_that_always_streams_answers_its_own_request_as_JSON()
    {
        await using var cloud = new LocalCloud();
        cloud.Service("trtc");

        // trtc TextToSpeechSSE publishes a stream, then an error before the stream ("合成前出错") for this request.
        var (error, errorType) = await SignedCall.SendAsync(cloud, "trtc", "2019-07-22", "TextToSpeechSSE", """{"Text":"你好呀","SdkAppId":14600000000,"Voice":{"VoiceId":"fake"},"AlignmentMode":1}""");
        var (_, streamType) = await SignedCall.SendAsync(cloud, "trtc", "2019-07-22", "TextToSpeechSSE", """{"Text":"你好","SdkAppId":14600000000,"Voice":{"VoiceId":"v-1"}}""");

        Assert.Equal("application/json", errorType);
        Assert.Equal("InvalidParameter.VoiceId", SignedCall.ErrorCode(error));
        Assert.Equal("text/event-stream", streamType);
    }

    [Fact]
    public async Task A_call_that_does_not_ask_for_a_stream_of_an_action_with_only_streamed_examples_gets_an_answer_made_from_its_types()
    {
        await using var cloud = new LocalCloud();
        cloud.Service("lkeap");

        var (answer, type) = await SignedCall.SendAsync(cloud, "lkeap", "2024-05-22", "ChatCompletions", """{"Model":"deepseek-r1","Messages":[{"Role":"user","Content":"hi"}]}""");

        Assert.Equal("application/json", type);
        Assert.Null(SignedCall.ErrorCode(answer));
        Assert.True(Response(answer).TryGetProperty("Choices", out _));
    }
}
