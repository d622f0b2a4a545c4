using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using TcApi.Client;
using TcApi.Errors;
using TcApi.Runtime.Tests.Support;
using TcApi.Signing;

namespace TcApi.Runtime.Tests.Telemetry;

public class TracingTests
{
    [Fact]
    public async Task A_call_is_a_client_span_with_the_rpc_attributes_and_an_attempt_span_under_it()
    {
        using var collector = new ActivityCollector();
        var handler = new FakeHandler().Success();

        await Client(handler, o => o.Region = "ap-guangzhou").PingAsync(new PingRequest());

        var call = Assert.Single(collector.Stopped, a => a.Kind == ActivityKind.Client);
        // OpenTelemetry semantic conventions 1.44.0: the span is named after rpc.method, the fully qualified method.
        Assert.Equal("ping/Ping", call.DisplayName);
        Assert.Equal("TcApi", call.Source.Name);
        Assert.Equal(ActivityStatusCode.Unset, call.Status);
        Assert.Equal("tencentcloud", call.GetTagItem("rpc.system.name"));
        Assert.Equal("ping/Ping", call.GetTagItem("rpc.method"));
        Assert.Null(call.GetTagItem("rpc.system"));
        Assert.Null(call.GetTagItem("rpc.service"));
        Assert.Null(call.GetTagItem("rpc.response.status_code"));
        Assert.Equal("ping.tencentcloudapi.com", call.GetTagItem("server.address"));
        Assert.Equal(443, call.GetTagItem("server.port"));
        Assert.Equal("ap-guangzhou", call.GetTagItem("cloud.region"));
        Assert.Equal("2024-01-01", call.GetTagItem("tencentcloud.api_version"));
        Assert.Equal("req-1", call.GetTagItem("tencentcloud.request_id"));
        Assert.Null(call.GetTagItem("error.type"));
        var attempt = Assert.Single(collector.Stopped, a => a.Kind == ActivityKind.Internal);
        Assert.Equal("ping/Ping attempt", attempt.DisplayName);
        Assert.Equal(call.SpanId, attempt.ParentSpanId);
        Assert.Equal(1, attempt.GetTagItem("tencentcloud.attempt"));
    }

    [Fact]
    public async Task A_retried_call_has_one_span_per_attempt_and_counts_its_retries()
    {
        using var collector = new ActivityCollector();
        var handler = new FakeHandler().Error("RequestLimitExceeded").Success();

        await Client(handler).PingAsync(new PingRequest());

        var call = Assert.Single(collector.Stopped, a => a.Kind == ActivityKind.Client);
        Assert.Equal(1, call.GetTagItem("tencentcloud.retry_count"));
        Assert.Equal("req-2", call.GetTagItem("tencentcloud.request_id"));
        Assert.Equal(ActivityStatusCode.Unset, call.Status);
        var attempts = collector.Stopped.Where(a => a.Kind == ActivityKind.Internal).OrderBy(a => (int)a.GetTagItem("tencentcloud.attempt")!).ToArray();
        Assert.Equal(2, attempts.Length);
        Assert.Equal(("RequestLimitExceeded", ActivityStatusCode.Error, "req-1"), (attempts[0].GetTagItem("error.type"), attempts[0].Status, attempts[0].GetTagItem("tencentcloud.request_id")));
        Assert.Equal((null, ActivityStatusCode.Unset), (attempts[1].GetTagItem("error.type"), attempts[1].Status));
    }

    [Fact]
    public async Task A_failed_call_carries_the_error_code_and_an_error_status()
    {
        using var collector = new ActivityCollector();
        var handler = new FakeHandler().Error("InvalidParameterValue");

        await Assert.ThrowsAsync<TencentCloudApiException>(() => Client(handler).PingAsync(new PingRequest()));

        var call = Assert.Single(collector.Stopped, a => a.Kind == ActivityKind.Client);
        Assert.Equal(ActivityStatusCode.Error, call.Status);
        Assert.Equal("InvalidParameterValue", call.GetTagItem("error.type"));
        Assert.Equal("InvalidParameterValue", call.GetTagItem("rpc.response.status_code"));
        Assert.Equal("req-1", call.GetTagItem("tencentcloud.request_id"));
        var attempt = Assert.Single(collector.Stopped, a => a.Kind == ActivityKind.Internal);
        Assert.Equal(("InvalidParameterValue", "InvalidParameterValue"), (attempt.GetTagItem("error.type"), attempt.GetTagItem("rpc.response.status_code")));
    }

    [Fact]
    public async Task A_failure_without_a_code_is_typed_by_its_http_status_or_exception_type()
    {
        using var collector = new ActivityCollector();
        var handler = new FakeHandler()
            .Enqueue(_ => new HttpResponseMessage(System.Net.HttpStatusCode.BadGateway) { Content = new StringContent("<html>") })
            .Enqueue(_ => throw new HttpRequestException(HttpRequestError.ConnectionError, "refused"));

        await Assert.ThrowsAsync<TencentCloudHttpException>(() => Client(handler, o => o.Retry.MaxAttempts = 1).PingAsync(new PingRequest()));
        await Assert.ThrowsAsync<TencentCloudTransportException>(() => Client(handler, o => o.Retry.MaxAttempts = 1).PingAsync(new PingRequest()));

        var calls = collector.Stopped.Where(a => a.Kind == ActivityKind.Client).ToArray();
        Assert.Equal(["502", "TcApi.Errors.TencentCloudTransportException"], calls.Select(a => a.GetTagItem("error.type")));
        // No status code came from the service: none is made up.
        Assert.All(calls, a => Assert.Null(a.GetTagItem("rpc.response.status_code")));
    }

    private static PingClient Client(FakeHandler handler, Action<TencentCloudClientOptions>? configure = null)
    {
        var options = new TencentCloudClientOptions
        {
            RateLimiting = false,
            TimeProvider = new FakeTimeProvider(DateTimeOffset.UtcNow),
            Retry = new RetryOptions { MaxAttempts = 3, BaseDelay = TimeSpan.Zero, Jitter = false },
        };
        configure?.Invoke(options);
        return new PingClient(new HttpClient(handler), new Credential("AKIDtrace", Secrets.Key), options);
    }
}
