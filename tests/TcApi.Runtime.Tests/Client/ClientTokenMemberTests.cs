using System.Text.Json;
using TcApi.Client;
using TcApi.Runtime.Tests.Support;
using TcApi.Signing;
using TcApi.Validation;
using TcApi.Wire;

namespace TcApi.Runtime.Tests.Client;

/// <summary>The idempotency key is the member the spec's <c>clientToken</c> names, not always one called ClientToken.</summary>
public class ClientTokenMemberTests
{
    [Fact]
    public async Task The_member_the_action_names_is_filled_and_kept_across_a_retry_and_no_ClientToken_is_added()
    {
        var handler = new FakeHandler().Enqueue(_ => throw new HttpRequestException(HttpRequestError.ResponseEnded, "reset (simulated)")).Success();
        var request = new SessionRequest();
        var client = new TencentCloudClient(
            new HttpClient(handler),
            new Credential("AKIDtoken", Secrets.Key),
            new TencentCloudClientOptions { RateLimiting = false, Retry = new RetryOptions { MaxAttempts = 3, BaseDelay = TimeSpan.Zero, Jitter = false } },
            PingClient.DefaultEndpoint);

        await client.SendAsync(request, request.Action, PingResponse.Read);

        var bodies = handler.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        Assert.Equal(2, bodies.Count);
        var token = bodies[0].GetProperty("IdempotencyToken").GetString();
        Assert.False(string.IsNullOrEmpty(token));
        Assert.Equal(token, bodies[1].GetProperty("IdempotencyToken").GetString());
        Assert.False(bodies[0].TryGetProperty("ClientToken", out _));
    }

    [Fact]
    public void Setting_TakesClientToken_names_the_default_member_and_clearing_it_names_none()
    {
        var info = new ApiActionInfo("ping", "2024-01-01", "Create", Idempotent: false, RateLimitPerSecond: null);

        Assert.Null(info.ClientTokenMember);
        Assert.Equal(ApiActionInfo.DefaultClientTokenMember, (info with { TakesClientToken = true }).ClientTokenMember);
        Assert.Equal("IdempotencyToken", (info with { ClientTokenMember = "IdempotencyToken", TakesClientToken = true }).ClientTokenMember);
        Assert.Null((info with { ClientTokenMember = "IdempotencyToken", TakesClientToken = false }).ClientTokenMember);
    }

    private sealed class SessionRequest : IApiRequest
    {
        public ApiActionInfo Action { get; } = new("ping", "2024-01-01", "CreateSession", Idempotent: false, RateLimitPerSecond: null) { ClientTokenMember = "IdempotencyToken" };

        public ValidationResult Validate() => ValidationResult.Valid;

        public void WriteTo(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteString("Name", "session");
            writer.WriteEndObject();
        }
    }
}
