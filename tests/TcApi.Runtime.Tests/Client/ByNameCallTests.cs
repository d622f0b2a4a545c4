using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using TcApi.Client;
using TcApi.Errors;
using TcApi.Runtime.Tests.Support;
using TcApi.Signing;

namespace TcApi.Runtime.Tests.Client;

/// <summary>Any action called by name with a JSON body, through the typed call's pipeline.</summary>
public class ByNameCallTests
{
    private static readonly ApiActionInfo DescribeZones = new("cvm", "2017-03-12", "DescribeZones", Idempotent: false, RateLimitPerSecond: null);

    [Fact]
    public async Task A_call_by_name_sends_what_the_typed_call_sends_for_the_same_body()
    {
        var typedHandler = new FakeHandler();
        var byNameHandler = new FakeHandler();
        var (typed, _) = Core(typedHandler);
        var (byName, _) = Core(byNameHandler);
        var request = new PingRequest("hello");

        await typed.SendAsync(request, request.Action, PingResponse.Read);
        using var answer = await byName.CallActionAsync(request.Action, "{\"Message\":\"hello\"}");

        var sentTyped = Assert.Single(typedHandler.Requests);
        var sentByName = Assert.Single(byNameHandler.Requests);
        Assert.Equal(sentTyped.Body, sentByName.Body);
        Assert.Equal(sentTyped.Headers.OrderBy(h => h.Key), sentByName.Headers.OrderBy(h => h.Key));
    }

    [Fact]
    public async Task An_unknown_action_is_sent_with_its_body_exactly_as_given_signed_for_its_own_service()
    {
        var handler = new FakeHandler().Enqueue(_ => FakeHandler.Envelope("{\"ZoneSet\":[{\"Zone\":\"ap-guangzhou-3\"}],\"TotalCount\":1,\"RequestId\":\"req-zones\"}"));
        var (client, _) = Core(handler);
        const string Body = "{ \"Filters\" : [ {\"Name\":\"zone\"} ] }";

        using var answer = await client.CallActionAsync(DescribeZones, Encoding.UTF8.GetBytes(Body));

        var sent = Assert.Single(handler.Requests);
        Assert.Equal(Body, sent.Body);
        Assert.Equal(("DescribeZones", "2017-03-12"), (sent.Headers["X-TC-Action"], sent.Headers["X-TC-Version"]));
        Assert.Contains("/cvm/tc3_request", sent.Headers["Authorization"]);
        Assert.Equal("req-zones", answer.RequestId);
        Assert.Equal("ap-guangzhou-3", answer.Response.GetProperty("ZoneSet")[0].GetProperty("Zone").GetString());
        Assert.Equal(1, answer.Response.GetProperty("TotalCount").GetInt32());
        Assert.StartsWith("{\"Response\":{\"ZoneSet\"", Encoding.UTF8.GetString(answer.Raw.Span));
    }

    [Fact]
    public async Task A_JsonElement_body_is_sent_as_its_JSON()
    {
        var handler = new FakeHandler();
        var (client, _) = Core(handler);
        using var document = JsonDocument.Parse("{\"Limit\":20,\"Names\":[\"a\",\"b\"]}");

        using var answer = await client.CallActionAsync(DescribeZones, document.RootElement);

        Assert.Equal("{\"Limit\":20,\"Names\":[\"a\",\"b\"]}", Assert.Single(handler.Requests).Body);
    }

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("")]
    [InlineData("{\"a\":1} {}")]
    [InlineData("{\"a\":")]
    public async Task A_body_that_is_not_one_JSON_object_is_refused_before_anything_is_sent(string body)
    {
        var handler = new FakeHandler();
        var (client, _) = Core(handler);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.CallActionAsync(DescribeZones, body));

        Assert.Contains("request body", error.Message);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task A_common_error_is_thrown_typed_with_the_services_code_and_message()
    {
        var handler = new FakeHandler().Error("InvalidParameterValue");
        var (client, _) = Core(handler);

        var error = await Assert.ThrowsAsync<TencentCloudApiException>(() => client.CallActionAsync(DescribeZones, "{}"));

        Assert.Equal((CommonErrorCode.InvalidParameterValue, "InvalidParameterValue", "scripted", "req-1"), (error.CommonCode, error.RawCode, error.ServerMessage, error.RequestId));
        Assert.Equal("DescribeZones", error.Action);
    }

    [Fact]
    public async Task An_Error_member_beside_other_data_is_the_actions_data_not_the_services_error()
    {
        var handler = new FakeHandler().Enqueue(_ => FakeHandler.Envelope("{\"Status\":\"FAILED\",\"Error\":{\"Code\":\"TaskFailed\",\"Message\":\"disk\"},\"RequestId\":\"r\"}"));
        var (client, _) = Core(handler);

        using var answer = await client.CallActionAsync(DescribeZones, "{}");

        Assert.Equal("TaskFailed", answer.Response.GetProperty("Error").GetProperty("Code").GetString());
    }

    [Fact]
    public async Task An_unknown_action_is_not_repeated_after_a_failure_the_service_may_have_processed_unless_said_idempotent()
    {
        var once = new FakeHandler().Error("InternalError").Success();
        var twice = new FakeHandler().Error("InternalError").Success();
        var (unsafeClient, _) = Core(once);
        var (idempotentClient, _) = Core(twice);

        await Assert.ThrowsAsync<TencentCloudApiException>(() => unsafeClient.CallActionAsync(DescribeZones, "{}"));
        using var answer = await idempotentClient.CallActionAsync(DescribeZones with { Idempotent = true }, "{}");

        Assert.Single(once.Requests);
        Assert.Equal(2, twice.Requests.Count);
        Assert.Equal("req-2", answer.RequestId);
    }

    [Fact]
    public async Task A_rate_limit_error_is_retried_for_any_action()
    {
        var handler = new FakeHandler().Error("RequestLimitExceeded").Success();
        var (client, _) = Core(handler);

        using var answer = await client.CallActionAsync(DescribeZones, "{}");

        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task An_action_that_takes_a_ClientToken_is_repeated_after_a_transport_failure_only_when_the_body_carries_one()
    {
        var creates = DescribeZones with { Action = "RunInstances", TakesClientToken = true };
        var without = new FakeHandler().Enqueue(_ => throw new HttpRequestException("reset", null, HttpStatusCode.BadGateway)).Success();
        var with = new FakeHandler().Enqueue(_ => throw new HttpRequestException("reset")).Success();
        var (first, _) = Core(without);
        var (second, _) = Core(with);

        await Assert.ThrowsAsync<TencentCloudTransportException>(() => first.CallActionAsync(creates, "{\"ClientToken\":\"\"}"));
        using var answer = await second.CallActionAsync(creates, "{\"ClientToken\":\"mine\"}");

        Assert.Equal("{\"ClientToken\":\"\"}", Assert.Single(without.Requests).Body);
        Assert.Equal(["{\"ClientToken\":\"mine\"}", "{\"ClientToken\":\"mine\"}"], with.Requests.Select(r => r.Body));
    }

    [Fact]
    public async Task The_clock_of_the_service_is_adopted_after_an_expired_signature()
    {
        var serverDate = new DateTimeOffset(2026, 12, 8, 12, 0, 0, TimeSpan.Zero);
        var handler = new FakeHandler().Error("AuthFailure.SignatureExpire", serverDate).Success();
        var (client, _) = Core(handler);

        using var answer = await client.CallActionAsync(DescribeZones, "{}");

        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(serverDate.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), handler.Requests[1].Headers["X-TC-Timestamp"]);
    }

    [Fact]
    public async Task The_spans_measurements_and_logs_of_a_call_by_name_are_those_of_the_typed_call()
    {
        var request = new PingRequest("hello", idempotent: true);

        var typedEvents = await Recorded((client, _) => client.SendAsync(request, request.Action, PingResponse.Read));
        var byNameEvents = await Recorded((client, _) => client.CallActionAsync(request.Action, "{\"Message\":\"hello\"}"));

        Assert.Contains("span start: call", typedEvents);
        Assert.Contains("log 1", typedEvents);
        Assert.Equal(typedEvents, byNameEvents);
    }

    [Fact]
    public async Task The_answer_owns_its_document_until_it_is_disposed()
    {
        var (client, _) = Core(new FakeHandler());

        var answer = await client.CallActionAsync(DescribeZones, "{}");
        Assert.Equal("req-1", answer.Response.GetProperty("RequestId").GetString());
        answer.Dispose();

        Assert.Throws<ObjectDisposedException>(() => answer.Response.GetProperty("RequestId"));
        Assert.Equal("req-1", answer.RequestId);
        Assert.False(answer.Raw.IsEmpty);
    }

    [Fact]
    public async Task An_action_without_a_name_is_refused()
    {
        var (client, _) = Core(new FakeHandler());

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.CallActionAsync(DescribeZones with { Action = "" }, "{}"));

        Assert.Contains("service, version and name", error.Message);
    }

    private static async Task<IReadOnlyList<string>> Recorded(Func<TencentCloudClient, FakeHandler, Task> call)
    {
        using var recorder = new CallRecorder();
        var handler = new FakeHandler().Error("RequestLimitExceeded").Success();
        var options = Options();
        options.LoggerFactory = recorder.Logs;
        options.MeterFactory = recorder.Meters;
        var client = new TencentCloudClient(new HttpClient(handler), new Credential("AKIDbyname", Secrets.Key), options, PingClient.DefaultEndpoint);
        await call(client, handler);
        return recorder.Events;
    }

    private static (TencentCloudClient Client, TencentCloudClientOptions Options) Core(FakeHandler handler)
    {
        var options = Options();
        return (new TencentCloudClient(new HttpClient(handler), new Credential("AKIDbyname", Secrets.Key), options, PingClient.DefaultEndpoint), options);
    }

    private static TencentCloudClientOptions Options() => new()
    {
        TimeProvider = new FakeTimeProvider(new DateTimeOffset(2026, 12, 8, 1, 0, 0, TimeSpan.Zero)),
        Retry = new RetryOptions { MaxAttempts = 3, BaseDelay = TimeSpan.Zero, Jitter = false },
    };
}
