using System;
using System.Text.Json;
using TcApi.Errors;

namespace TcApi.Wire;

/// <summary>Reads the members of a response's <c>Response</c> object; the reader stands on its start.</summary>
public delegate T ResponseBodyReader<T>(ref Utf8JsonReader reader, ref ResponseReadState state);

/// <summary>Reads the members of a request object; the reader stands on its start.</summary>
public delegate T RequestBodyReader<T>(ref Utf8JsonReader reader);

public static partial class WireReader
{
    /// <summary>
    /// Reads a <c>{"Response":{...}}</c> envelope. A <c>Response.Error</c> becomes the exception
    /// <paramref name="errorFactory"/> makes; anything unreadable becomes a <see cref="ResponseFormatException"/>.
    /// </summary>
    public static T ReadResponse<T>(
        ReadOnlySpan<byte> utf8Json,
        string action,
        ResponseBodyReader<T> readBody,
        Func<ApiError, string?, Exception> errorFactory)
    {
        var reader = new Utf8JsonReader(utf8Json, Options);
        var state = default(ResponseReadState);
        T body;
        try
        {
            if (utf8Json.Trim(" \t\r\n"u8).IsEmpty || !reader.Read())
            {
                throw new WireFormatException(string.Empty, "the body is empty");
            }

            ExpectObject(ref reader, string.Empty);
            var found = false;
            body = default!;
            while (NextProperty(ref reader))
            {
                if (!found && reader.ValueTextEquals("Response"u8))
                {
                    reader.Read();
                    ExpectObject(ref reader, "/Response");
                    body = readBody(ref reader, ref state);
                    found = true;
                }
                else
                {
                    SkipValue(ref reader);
                }
            }

            if (reader.Read())
            {
                throw new WireFormatException(string.Empty, "unexpected data after the JSON document");
            }

            if (!found)
            {
                throw new WireFormatException("/Response", "the envelope has no Response object");
            }
        }
        catch (WireFormatException e)
        {
            throw new ResponseFormatException(action, e.Path, e.Reason, state.RequestId, e);
        }
        catch (JsonException e)
        {
            throw new ResponseFormatException(action, string.Empty, $"invalid JSON ({e.Message}); body begins: {Excerpt(utf8Json)}", state.RequestId, e);
        }
        catch (InvalidOperationException e)
        {
            throw new ResponseFormatException(action, string.Empty, $"unreadable text ({e.Message})", state.RequestId, e);
        }

        if (state.Error is { } error)
        {
            throw errorFactory(error, state.RequestId);
        }

        return body;
    }

    /// <summary>
    /// Reads a request body. Type errors become a <see cref="RequestReadException"/> with code
    /// <c>InvalidParameterValue</c>; malformed JSON one with <c>InvalidParameter</c>.
    /// </summary>
    public static T ReadRequest<T>(ReadOnlySpan<byte> utf8Json, RequestBodyReader<T> readBody)
    {
        var reader = new Utf8JsonReader(utf8Json, Options);
        try
        {
            if (utf8Json.Trim(" \t\r\n"u8).IsEmpty || !reader.Read())
            {
                throw new RequestReadException("InvalidParameter", string.Empty, "The request body is empty.");
            }

            ExpectObject(ref reader, string.Empty);
            var body = readBody(ref reader);
            if (reader.Read())
            {
                throw new RequestReadException("InvalidParameter", string.Empty, "Unexpected data after the JSON document.");
            }

            return body;
        }
        catch (WireFormatException e)
        {
            throw new RequestReadException("InvalidParameterValue", e.Path, $"The value of {e.Path} is invalid: {e.Reason}.", e);
        }
        catch (JsonException e)
        {
            throw new RequestReadException("InvalidParameter", string.Empty, $"The request body is not valid JSON: {e.Message}", e);
        }
        catch (InvalidOperationException e)
        {
            throw new RequestReadException("InvalidParameter", string.Empty, $"The request body is not readable text: {e.Message}", e);
        }
    }
}
