using System;
using System.Text.Json;
using TcApi.Errors;

namespace TcApi.Wire;

public static partial class WireReader
{
    /// <summary>
    /// Reads one event of a streamed answer: the action's output members as a bare object (unknown members ignored),
    /// or a whole <c>{"Response":{...}}</c> envelope. An <c>Error</c> in either becomes the exception
    /// <paramref name="errorFactory"/> makes; anything unreadable a <see cref="ResponseFormatException"/>.
    /// <paramref name="requestId"/> is the stream's (its <c>X-TC-RequestId</c> header), used when the event has none.
    /// </summary>
    public static T ReadStreamEvent<T>(
        ReadOnlySpan<byte> utf8Json,
        string action,
        string? requestId,
        ResponseBodyReader<T> readBody,
        Func<ApiError, string?, Exception> errorFactory)
    {
        if (IsEnvelope(utf8Json))
        {
            return ReadResponse(utf8Json, action, readBody, errorFactory);
        }

        var reader = new Utf8JsonReader(utf8Json, Options);
        var state = new ResponseReadState(requestId);
        T body;
        try
        {
            if (IsBlank(utf8Json) || !reader.Read())
            {
                throw new WireFormatException(string.Empty, "the event is empty");
            }

            ExpectObject(ref reader);
            body = readBody(ref reader, ref state);
            if (reader.Read())
            {
                throw new WireFormatException(string.Empty, "unexpected data after the JSON document");
            }
        }
        catch (WireFormatException e)
        {
            throw Unreadable(action, e.Path, e.Reason, state.RequestId, utf8Json, e);
        }
        catch (JsonException e)
        {
            throw Unreadable(action, string.Empty, $"invalid JSON in an event ({e.Message})", state.RequestId, utf8Json, e);
        }
        catch (InvalidOperationException e)
        {
            throw Unreadable(action, string.Empty, $"unreadable text in an event ({e.Message})", state.RequestId, utf8Json, e);
        }

        if (state.Error is { } error)
        {
            throw errorFactory(error, state.RequestId);
        }

        return body;
    }

    /// <summary>Whether the JSON is an object whose first member is <c>Response</c>: an error answer sent as an event.</summary>
    private static bool IsEnvelope(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, Options);
        try
        {
            return reader.Read() && reader.TokenType == JsonTokenType.StartObject
                && reader.Read() && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("Response"u8);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
