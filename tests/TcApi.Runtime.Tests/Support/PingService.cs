using System.Text.Json;
using TcApi.Client;
using TcApi.Credentials;
using TcApi.Errors;
using TcApi.Validation;
using TcApi.Wire;

namespace TcApi.Runtime.Tests.Support;

/// <summary>A hand-written one-action service, the shape of a generated client, so these tests need no generator.</summary>
public sealed class PingClient
{
    public const string DefaultEndpoint = "ping.tencentcloudapi.com";

    private readonly TencentCloudClient _core;

    public PingClient(HttpClient httpClient, ICredentialProvider credentials, TencentCloudClientOptions? options = null)
    {
        Options = options ?? new TencentCloudClientOptions();
        _core = new TencentCloudClient(httpClient, credentials, Options, DefaultEndpoint);
    }

    public TencentCloudClientOptions Options { get; }

    public Task<PingResponse> PingAsync(PingRequest request, CancellationToken cancellationToken = default) =>
        _core.SendAsync(request, request.Action, PingResponse.Read, cancellationToken);
}

public sealed class PingRequest(string message = "hello", bool idempotent = true, int? rateLimitPerSecond = null) : IApiRequest
{
    public ApiActionInfo Action { get; } = new("ping", "2024-01-01", "Ping", idempotent, rateLimitPerSecond);

    public ValidationResult Validate() => ValidationResult.Valid;

    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("Message", message);
        writer.WriteEndObject();
    }
}

public sealed class PingResponse(string requestId) : IApiResponse
{
    public string RequestId { get; } = requestId;

    /// <summary>The envelope read the simple way: an error is thrown as the API exception, like a generated reader does.</summary>
    public static PingResponse Read(ReadOnlySpan<byte> utf8Json)
    {
        using var document = JsonDocument.Parse(utf8Json.ToArray());
        var response = document.RootElement.GetProperty("Response");
        var requestId = response.GetProperty("RequestId").GetString()!;
        if (response.TryGetProperty("Error", out var error))
        {
            throw new TencentCloudApiException("Ping", new ApiError(error.GetProperty("Code").GetString()!, error.GetProperty("Message").GetString()!), requestId);
        }

        return new PingResponse(requestId);
    }

    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("RequestId", RequestId);
        writer.WriteEndObject();
    }
}
