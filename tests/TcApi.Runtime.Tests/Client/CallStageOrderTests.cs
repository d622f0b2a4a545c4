using System.Text.Json;
using TcApi.Client;
using TcApi.Errors;
using TcApi.Runtime.Tests.Support;
using TcApi.Signing;
using TcApi.Validation;
using TcApi.Wire;

namespace TcApi.Runtime.Tests.Client;

/// <summary>
/// The order of a call's stages, as seen from outside: what it asks, sends, logs, measures and traces, and when.
/// These sequences are the client's behaviour; the pipeline that produces them may be arranged any way that keeps them.
/// </summary>
public class CallStageOrderTests
{
    private const string Wait = "measure tencentcloud.client.rate_limiter.wait_duration";
    private const string AttemptCounted = "measure tencentcloud.client.attempts";
    private const string RetryCounted = "measure tencentcloud.client.retries";
    private const string CallMeasured = "measure rpc.client.call.duration";
    private const string ErrorCounted = "measure tencentcloud.client.errors";

    [Fact]
    public async Task A_call_that_is_signed_again_and_retried_runs_its_stages_in_order()
    {
        using var recorder = new CallRecorder();
        var handler = new FakeHandler()
            .Error("AuthFailure.SignatureExpire", DateTimeOffset.UtcNow.AddMinutes(10))
            .Error("RequestLimitExceeded")
            .Success();

        await Send(recorder, handler);

        string[] attempt = [Wait, "credentials", "span start: attempt", "send", "log 5", "read answer", AttemptCounted];
        Assert.Equal(
            [
                "validate", "serialize", "log 4", "span start: call",
                .. attempt, "span stop: attempt 1", RetryCounted, "log 2",
                .. attempt, "span stop: attempt 1", RetryCounted, "log 1",
                .. attempt, "span stop: attempt 2",
                CallMeasured, "span stop: call",
            ],
            recorder.Events);
    }

    [Fact]
    public async Task A_call_retried_and_then_signed_again_keeps_the_number_of_its_attempt()
    {
        using var recorder = new CallRecorder();
        var handler = new FakeHandler()
            .Error("RequestLimitExceeded")
            .Error("AuthFailure.SignatureExpire", DateTimeOffset.UtcNow.AddMinutes(10))
            .Success();

        await Send(recorder, handler, maxAttempts: 2);

        string[] attempt = [Wait, "credentials", "span start: attempt", "send", "log 5", "read answer", AttemptCounted];
        Assert.Equal(
            [
                "validate", "serialize", "log 4", "span start: call",
                .. attempt, "span stop: attempt 1", RetryCounted, "log 1",
                .. attempt, "span stop: attempt 2", RetryCounted, "log 2",
                .. attempt, "span stop: attempt 2",
                CallMeasured, "span stop: call",
            ],
            recorder.Events);
    }

    [Fact]
    public async Task A_call_whose_attempts_run_out_ends_with_its_last_failure()
    {
        using var recorder = new CallRecorder();
        var handler = new FakeHandler().Error("RequestLimitExceeded").Error("RequestLimitExceeded");

        await Assert.ThrowsAsync<TencentCloudApiException>(() => Send(recorder, handler, maxAttempts: 2));

        string[] attempt = [Wait, "credentials", "span start: attempt", "send", "log 5", "read answer", AttemptCounted];
        Assert.Equal(
            [
                "validate", "serialize", "log 4", "span start: call",
                .. attempt, "span stop: attempt 1", RetryCounted, "log 1",
                .. attempt, "span stop: attempt 2",
                CallMeasured, ErrorCounted, "log 3", "span stop: call",
            ],
            recorder.Events);
    }

    [Fact]
    public async Task A_request_that_breaks_a_rule_is_stopped_before_anything_else_happens()
    {
        using var recorder = new CallRecorder();
        var handler = new FakeHandler();

        await Assert.ThrowsAsync<RequestValidationException>(() => Send(recorder, handler, broken: true));

        Assert.Equal(["validate"], recorder.Events);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task A_credential_failure_ends_the_call_before_any_attempt_and_is_not_retried()
    {
        using var recorder = new CallRecorder();
        var handler = new FakeHandler();
        var expired = new Credential("AKIDold", Secrets.Key, Secrets.Token, DateTimeOffset.UtcNow.AddMinutes(-1));

        await Assert.ThrowsAsync<CredentialExpiredException>(() => Send(recorder, handler, credential: expired));

        Assert.Equal(
            ["validate", "serialize", "log 4", "span start: call", Wait, "credentials", CallMeasured, ErrorCounted, "log 3", "span stop: call"],
            recorder.Events);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task The_stages_run_in_the_order_the_pipeline_lists_them()
    {
        using var recorder = new CallRecorder();
        var core = Core(recorder, new FakeHandler());
        // What each step does that can be seen; the others (retry, clock skew, secrets, signing) show only on failure
        // or inside what is sent.
        var shownBy = new Dictionary<string, string>
        {
            ["validate"] = "ValidateStep",
            ["serialize"] = "SerializeStep",
            ["span start: call"] = "CallTelemetryStep",
            [Wait] = "RateLimitStep",
            ["credentials"] = "CredentialStep",
            ["span start: attempt"] = "AttemptStep",
            ["send"] = "SendStep",
            ["read answer"] = "ReadAnswerStep",
        };

        await Send(recorder, core);

        var listed = new List<string>();
        for (var step = core.Pipeline; step is not null; step = step.Next)
        {
            listed.Add(step.GetType().Name);
        }

        var seen = recorder.Events.Where(shownBy.ContainsKey).Select(e => shownBy[e]).ToList();
        Assert.Equal(listed.Where(seen.Contains), seen);
        Assert.Equal(shownBy.Count, seen.Count);
    }

    [Fact]
    public async Task The_streamed_stages_run_in_the_order_the_streaming_pipeline_lists_them()
    {
        using var recorder = new CallRecorder();
        var core = Core(recorder, new FakeHandler());
        var shownBy = new Dictionary<string, string>
        {
            ["validate"] = "ValidateStep",
            ["serialize"] = "SerializeStep",
            ["span start: call"] = "StreamCallTelemetryStep",
            [Wait] = "RateLimitStep",
            ["credentials"] = "CredentialStep",
            ["span start: attempt"] = "AttemptStep",
            ["send"] = "OpenStreamStep",
        };

        var request = new WatchedRequest(recorder, broken: false);
        await foreach (var unused in core.StreamAsync(request, request.Action, (data, _) => PingResponse.Read(data), PingResponse.Read))
        {
        }

        var listed = Steps(core.StreamingPipeline);
        var seen = recorder.Events.Where(shownBy.ContainsKey).Select(e => shownBy[e]).ToList();
        Assert.Equal(listed.Where(seen.Contains), seen);
        Assert.Equal(shownBy.Count, seen.Count);
    }

    [Fact]
    public void The_streamed_call_shares_the_ordinary_calls_steps_in_the_same_order()
    {
        using var recorder = new CallRecorder();
        var core = Core(recorder, new FakeHandler());
        string[] ownSteps = ["CallTelemetryStep", "SendStep", "ReadAnswerStep", "StreamCallTelemetryStep", "OpenStreamStep"];

        var ordinary = Steps(core.Pipeline).Except(ownSteps).ToList();
        var streamed = Steps(core.StreamingPipeline);

        Assert.Equal(ordinary, streamed.Except(ownSteps));
        Assert.Equal(["ValidateStep", "SerializeStep", "StreamCallTelemetryStep", "RetryStep"], streamed.Take(4));
        Assert.Equal("OpenStreamStep", streamed[^1]);
    }

    private static List<string> Steps(TcApi.Client.Pipeline.ClientStep? first)
    {
        var listed = new List<string>();
        for (var step = first; step is not null; step = step.Next)
        {
            listed.Add(step.GetType().Name);
        }

        return listed;
    }

    private static Task<PingResponse> Send(CallRecorder recorder, FakeHandler handler, int maxAttempts = 3, bool broken = false, Credential? credential = null) =>
        Send(recorder, Core(recorder, handler, maxAttempts, credential), broken);

    private static TencentCloudClient Core(CallRecorder recorder, FakeHandler handler, int maxAttempts = 3, Credential? credential = null)
    {
        handler.OnSend = () => recorder.Add("send");
        var options = new TencentCloudClientOptions
        {
            LoggerFactory = recorder.Logs,
            MeterFactory = recorder.Meters,
            LogBodies = true,
            Retry = new RetryOptions { MaxAttempts = maxAttempts, BaseDelay = TimeSpan.Zero, Jitter = false },
        };
        return new TencentCloudClient(new HttpClient(handler), recorder.Credentials(credential ?? new Credential("AKIDorder", Secrets.Key)), options, PingClient.DefaultEndpoint);
    }

    private static Task<PingResponse> Send(CallRecorder recorder, TencentCloudClient core, bool broken = false)
    {
        var request = new WatchedRequest(recorder, broken);
        return core.SendAsync(request, request.Action, body =>
        {
            recorder.Add("read answer");
            return PingResponse.Read(body);
        });
    }

    /// <summary>A request that writes down when it is validated and written; rate limited, so the limiter's wait shows.</summary>
    private sealed class WatchedRequest(CallRecorder recorder, bool broken) : IApiRequest
    {
        public ApiActionInfo Action { get; } = new("ping", "2024-01-01", "Ping", Idempotent: true, RateLimitPerSecond: 1000);

        public ValidationResult Validate()
        {
            recorder.Add("validate");
            return broken
                ? new ValidationResult([new ValidationViolation("Ping.Message.length", "/Message", [], "too long", RuleSeverity.Error, "InvalidParameterValue")])
                : ValidationResult.Valid;
        }

        public void WriteTo(Utf8JsonWriter writer)
        {
            recorder.Add("serialize");
            writer.WriteStartObject();
            writer.WriteEndObject();
        }
    }
}
