using System.Text.Json;
using TcApi.Wire;

namespace TcApi.Emulator.Cloud;

/// <summary>One call the local cloud received, as a test asserts on it.</summary>
/// <param name="Service">The service it was routed to (empty when it could not be routed).</param>
/// <param name="Version">The API version it named.</param>
/// <param name="Action">The action it named.</param>
/// <param name="RequestJson">The request body as sent.</param>
/// <param name="Request">The request read into the generated type, when the service is served with its binding and the body read.</param>
/// <param name="ResponseJson">The answer's body (for a fault, what was sent if anything).</param>
/// <param name="ErrorCode">The API error answered, if any.</param>
/// <param name="Fault">The fault shown instead of an answer, if any.</param>
/// <param name="Time">When it arrived, on the cloud's clock.</param>
public sealed record CloudCall(
    string Service,
    string Version,
    string Action,
    string RequestJson,
    IApiRequest? Request,
    string ResponseJson,
    string? ErrorCode,
    Fault? Fault,
    DateTimeOffset Time)
{
    /// <summary>The request body as a JSON document (the caller disposes it).</summary>
    public JsonDocument ParseRequest() => JsonDocument.Parse(RequestJson);
}

/// <summary>What a handler knows about the call it answers.</summary>
/// <param name="RequestId">The RequestId of the answer.</param>
/// <param name="Region">The X-TC-Region header, or empty.</param>
/// <param name="Time">When the call arrived.</param>
public sealed record CloudCallContext(string RequestId, string Region, DateTimeOffset Time);
