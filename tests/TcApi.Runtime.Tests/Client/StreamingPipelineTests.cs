using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using TcApi.Client;
using TcApi.Errors;
using TcApi.Runtime.Tests.Support;
using TcApi.Signing;
using TcApi.Validation;
using TcApi.Wire;

namespace TcApi.Runtime.Tests.Client;

/// <summary>A streamed call goes through the ordinary call's stages: ClientToken, the options' retry policy, clock skew.</summary>
public class StreamingPipelineTests
{
    [Fact]
    public async Task A_streamed_call_of_an_action_that_takes_a_token_gets_one_kept_across_its_retries()
    {
        var handler = new FakeHandler().Enqueue(ConnectionReset).Enqueue(EventStream).Enqueue(EventStream);
        var client = Core(handler);

        Assert.Equal(["event 1"], await Stream(client, new CreateRequest()));
        Assert.Equal(["event 1"], await Stream(client, new CreateRequest()));

        var tokens = handler.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("ClientToken").GetString()).ToList();
        Assert.Equal(3, tokens.Count);
        Assert.False(string.IsNullOrEmpty(tokens[0]));
        Assert.Equal(tokens[0], tokens[1]);
        Assert.NotEqual(tokens[0], tokens[2]);
        Assert.All(handler.Requests, r => Assert.Equal("text/event-stream", r.Headers["Accept"]));
    }

    [Fact]
    public async Task A_streamed_call_is_retried_as_the_options_retry_policy_says()
    {
        var handler = new FakeHandler().Error("FailedOperation.Busy").Error("FailedOperation.Busy").Enqueue(EventStream);
        var client = Core(handler, new RetryBusy());

        Assert.Equal(["event 1"], await Stream(client, new CreateRequest()));

        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task A_streamed_call_whose_signature_expired_is_signed_again_with_the_services_clock()
    {
        var serverNow = DateTimeOffset.UtcNow.AddMinutes(10);
        var handler = new FakeHandler().Error("AuthFailure.SignatureExpire", serverNow).Enqueue(EventStream);
        var client = Core(handler, maxAttempts: 1);

        Assert.Equal(["event 1"], await Stream(client, new CreateRequest()));

        Assert.Equal(2, handler.Requests.Count);
        var signedAt = long.Parse(handler.Requests[1].Headers["X-TC-Timestamp"], CultureInfo.InvariantCulture);
        Assert.InRange(signedAt, serverNow.ToUnixTimeSeconds() - 60, serverNow.ToUnixTimeSeconds() + 60);
    }

    [Fact]
    public async Task An_answer_that_is_not_a_stream_is_the_only_event()
    {
        var handler = new FakeHandler().Success();

        Assert.Equal(["whole req-1"], await Stream(Core(handler), new CreateRequest()));
    }

    private static HttpResponseMessage ConnectionReset(HttpRequestMessage request) =>
        throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely (simulated).");

    private static HttpResponseMessage EventStream(HttpRequestMessage request) => new(HttpStatusCode.OK)
    {
        Content = new StringContent("data: event 1\n\n", Encoding.UTF8, "text/event-stream"),
    };

    private static TencentCloudClient Core(FakeHandler handler, RetryPolicy? policy = null, int maxAttempts = 3) => new(
        new HttpClient(handler),
        new Credential("AKIDstream", Secrets.Key),
        new TencentCloudClientOptions
        {
            RateLimiting = false,
            Retry = new RetryOptions { MaxAttempts = maxAttempts, BaseDelay = TimeSpan.Zero, Jitter = false },
            RetryPolicy = policy ?? RetryPolicy.Default,
        },
        PingClient.DefaultEndpoint);

    private static async Task<List<string>> Stream(TencentCloudClient client, CreateRequest request)
    {
        var events = new List<string>();
        await foreach (var item in client.StreamAsync(request, request.Action, (data, _) => Encoding.UTF8.GetString(data), body => "whole " + PingResponse.Read(body).RequestId))
        {
            events.Add(item);
        }

        return events;
    }

    /// <summary>Retries a busy service too, within the attempts.</summary>
    private sealed class RetryBusy : RetryPolicy
    {
        public override bool ShouldRetry(RetryContext context) =>
            base.ShouldRetry(context) ||
            (context.Attempt < context.Options.MaxAttempts && context.Failure is TencentCloudApiException { RawCode: "FailedOperation.Busy" });

        public override TimeSpan Delay(RetryContext context) => TimeSpan.Zero;
    }

    /// <summary>A streamed create that takes a ClientToken and leaves it to the client.</summary>
    private sealed class CreateRequest : IApiRequest
    {
        public ApiActionInfo Action { get; } = new("ping", "2024-01-01", "CreateStream", Idempotent: false, RateLimitPerSecond: null) { TakesClientToken = true };

        public ValidationResult Validate() => ValidationResult.Valid;

        public void WriteTo(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteString("Name", "listener");
            writer.WriteEndObject();
        }
    }
}
