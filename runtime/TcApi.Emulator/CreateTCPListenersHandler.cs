using System.Text.Json;
using TcApi.Gaap.V20180529;
using TcApi.Validation;
using TcApi.Wire;

namespace TcApi.Emulator;

/// <summary>CreateTCPListeners as the service answers it: reads, checks with the spec's rules, changes the state.</summary>
internal static class CreateTCPListenersHandler
{
    public static void Handle(byte[] body, EmulatorState state, Utf8JsonWriter response)
    {
        CreateTCPListenersRequest request;
        try
        {
            request = CreateTCPListenersRequest.ReadFrom(body);
        }
        catch (RequestReadException e)
        {
            throw new ApiErrorResult(e.ErrorCode, e.Message);
        }

        var firstError = request.Validate().Violations.FirstOrDefault(v => v.Severity == RuleSeverity.Error);
        if (firstError is not null)
        {
            throw new ApiErrorResult(firstError.ErrorCode, $"{firstError.Message} ({firstError.Path})");
        }

        var isGroup = request.GroupId is not null;
        var ids = state.CreateListeners(request.GroupId ?? request.ProxyId!, isGroup, request.ListenerName, request.Ports);
        response.WriteStartArray("ListenerIds"u8);
        foreach (var id in ids)
        {
            response.WriteStringValue(id);
        }

        response.WriteEndArray();
    }
}
