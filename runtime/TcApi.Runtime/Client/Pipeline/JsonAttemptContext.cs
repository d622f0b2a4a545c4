using System;
using System.Text.Json;
using System.Threading;
using TcApi.Credentials;
using TcApi.Errors;
using TcApi.Wire;

namespace TcApi.Client.Pipeline;

/// <summary>
/// A call by name whose answer is kept as JSON (<see cref="JsonAnswer"/>). The service's error is thrown as the typed
/// call would throw it: by the action's own reader when a binding knows the action (its service exception, its typed
/// code), else as a <see cref="TencentCloudApiException"/> with the common code, the service's code and message kept.
/// </summary>
internal sealed class JsonAttemptContext : AttemptContext
{
    private readonly ApiActionDescriptor? _known;

    public JsonAttemptContext(JsonBodyRequest request, ApiActionInfo action, ApiActionDescriptor? known, CancellationToken cancellationToken)
        : base(request, action, CallSecrets.None, cancellationToken)
    {
        _known = known;
    }

    public JsonAnswer? Answer { get; private set; }

    public override void ReadAnswer(byte[] answer, bool lenient)
    {
        var action = Action.Action;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(answer);
        }
        catch (JsonException e)
        {
            throw new ResponseFormatException(action, string.Empty, $"invalid JSON ({e.Message})", EnvelopeRequestId.Find(answer), answer, e);
        }

        try
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("Response", out var response) || response.ValueKind != JsonValueKind.Object)
            {
                throw new ResponseFormatException(action, "/Response", "the envelope has no Response object", EnvelopeRequestId.Find(answer), answer);
            }

            var requestId = response.TryGetProperty("RequestId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString()! : string.Empty;
            if (response.TryGetProperty("Error", out var error))
            {
                ThrowIfServiceError(answer, response, error, requestId);
            }

            RequestId = requestId;
            Answer = new JsonAnswer(document, response, requestId, answer);
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    private void ThrowIfServiceError(byte[] answer, JsonElement response, JsonElement error, string requestId)
    {
        if (_known is not null)
        {
            // The action's reader decides, as for the typed call (an action may declare an Error member of its own),
            // and throws the service's exception. Any other complaint of the typed reader is not this call's concern.
            try
            {
                ResponseReading.Leniently(_known.ReadResponse, answer);
            }
            catch (TencentCloudApiException)
            {
                throw;
            }
            catch (TencentCloudException)
            {
            }

            return;
        }

        // Without a binding, the envelope's rule: an Error with a Code is the service's error when nothing but the
        // RequestId comes with it; beside other members it is the action's data.
        if (error.ValueKind != JsonValueKind.Object || !error.TryGetProperty("Code", out var code) || code.ValueKind != JsonValueKind.String ||
            string.IsNullOrEmpty(code.GetString()))
        {
            return;
        }

        foreach (var member in response.EnumerateObject())
        {
            if (member.Name is not ("Error" or "RequestId"))
            {
                return;
            }
        }

        var message = error.TryGetProperty("Message", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString()! : string.Empty;
        throw new TencentCloudApiException(Action.Action, new ApiError(code.GetString()!, message), requestId.Length == 0 ? null : requestId);
    }
}
