using System.Text.Json;
using TcApi.Client;
using TcApi.Errors;
using TcApi.Runtime.Tests.Support;
using TcApi.Signing;
using TcApi.Validation;
using TcApi.Wire;

namespace TcApi.Runtime.Tests.Client;

public class ClientTokenTests
{
    [Fact]
    public async Task A_call_left_without_a_token_gets_a_fresh_one_kept_across_its_retries()
    {
        var handler = new FakeHandler().Enqueue(ConnectionReset).Success().Success();
        var client = Core(handler);

        await Send(client, new CreateRequest(clientToken: null));
        await Send(client, new CreateRequest(clientToken: null));

        var tokens = handler.Requests.Select(TokenOf).ToList();
        Assert.Equal(3, tokens.Count);
        Assert.False(string.IsNullOrEmpty(tokens[0]));
        Assert.Equal(tokens[0], tokens[1]);
        Assert.NotEqual(tokens[0], tokens[2]);
    }

    [Fact]
    public async Task A_token_the_caller_gave_is_sent_as_given_and_an_empty_one_is_filled()
    {
        var handler = new FakeHandler();
        var client = Core(handler);

        await Send(client, new CreateRequest(clientToken: "mine-1"));
        await Send(client, new CreateRequest(clientToken: string.Empty));

        Assert.Equal("mine-1", TokenOf(handler.Requests[0]));
        Assert.False(string.IsNullOrEmpty(TokenOf(handler.Requests[1])));
        Assert.Equal("listener", JsonDocument.Parse(handler.Requests[1].Body).RootElement.GetProperty("Name").GetString());
    }

    [Fact]
    public async Task An_action_without_a_token_is_not_retried_after_a_request_that_may_have_been_sent()
    {
        var handler = new FakeHandler().Enqueue(ConnectionReset).Success();

        await Assert.ThrowsAsync<TencentCloudTransportException>(() => Send(Core(handler), new CreateRequest(clientToken: null, takesToken: false)));

        Assert.Single(handler.Requests);
        Assert.False(JsonDocument.Parse(handler.Requests[0].Body).RootElement.TryGetProperty("ClientToken", out _));
    }

    [Fact]
    public void The_default_policy_retries_a_transport_failure_of_an_action_that_takes_a_token_and_nothing_more()
    {
        var action = new CreateRequest(null).Action;
        var options = new RetryOptions();
        var reset = new TencentCloudTransportException("Create", "reset", requestMayHaveBeenSent: true);
        var internalError = new TencentCloudApiException("Create", new ApiError("InternalError", "m"), "r");

        Assert.True(RetryPolicy.Default.ShouldRetry(new RetryContext(reset, action, 1, options)));
        Assert.False(RetryPolicy.Default.ShouldRetry(new RetryContext(internalError, action, 1, options)));
    }

    private static HttpResponseMessage ConnectionReset(HttpRequestMessage request) =>
        throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely (simulated).");

    private static string? TokenOf(RecordedRequest request) =>
        JsonDocument.Parse(request.Body).RootElement.TryGetProperty("ClientToken", out var token) ? token.GetString() : null;

    private static TencentCloudClient Core(FakeHandler handler) => new(
        new HttpClient(handler),
        new Credential("AKIDtoken", Secrets.Key),
        new TencentCloudClientOptions { RateLimiting = false, Retry = new RetryOptions { MaxAttempts = 3, BaseDelay = TimeSpan.Zero, Jitter = false } },
        PingClient.DefaultEndpoint);

    private static Task<PingResponse> Send(TencentCloudClient client, CreateRequest request) =>
        client.SendAsync(request, request.Action, PingResponse.Read);

    /// <summary>A create that is not idempotent and, like RunInstances, takes a ClientToken (written only when set).</summary>
    private sealed class CreateRequest(string? clientToken, bool takesToken = true) : IApiRequest
    {
        public ApiActionInfo Action { get; } = new("ping", "2024-01-01", "Create", Idempotent: false, RateLimitPerSecond: null) { TakesClientToken = takesToken };

        public ValidationResult Validate() => ValidationResult.Valid;

        public void WriteTo(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            if (clientToken is not null)
            {
                writer.WriteString("ClientToken", clientToken);
            }

            writer.WriteString("Name", "listener");
            writer.WriteEndObject();
        }
    }
}
