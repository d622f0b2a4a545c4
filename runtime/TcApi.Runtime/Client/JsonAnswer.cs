using System;
using System.Text.Json;

namespace TcApi.Client;

/// <summary>
/// The answer of an action called by name (<see cref="TencentCloudClient.CallActionAsync(ApiActionInfo, JsonElement, System.Threading.CancellationToken)"/>):
/// the <c>Response</c> object as JSON, its RequestId, and the answer's bytes as they came.
/// </summary>
/// <remarks>
/// <see cref="Response"/> lives in a <see cref="JsonDocument"/> this answer owns, parsed over <see cref="Raw"/> without a
/// copy; its working memory is pooled. Dispose the answer when done with <see cref="Response"/> (after that, reading
/// it throws <see cref="ObjectDisposedException"/>); an answer never disposed is collected like any object, its pooled
/// memory simply not reused. <see cref="Raw"/> and <see cref="RequestId"/> stay readable after disposal. To keep the
/// JSON beyond the answer, <c>Response.Clone()</c>.
/// </remarks>
public sealed class JsonAnswer : IDisposable
{
    private readonly JsonDocument _document;

    internal JsonAnswer(JsonDocument document, JsonElement response, string requestId, byte[] raw)
    {
        _document = document;
        Response = response;
        RequestId = requestId;
        Raw = raw;
    }

    /// <summary>The answer's <c>Response</c> object, <c>RequestId</c> included; valid until the answer is disposed.</summary>
    public JsonElement Response { get; }

    /// <summary>The RequestId of the answer; empty when the service sent none.</summary>
    public string RequestId { get; }

    /// <summary>The whole answer as received, <c>{"Response":{...}}</c>, UTF-8.</summary>
    public ReadOnlyMemory<byte> Raw { get; }

    /// <summary>Returns the parsed document's pooled memory; <see cref="Response"/> is unusable afterwards.</summary>
    public void Dispose() => _document.Dispose();
}
