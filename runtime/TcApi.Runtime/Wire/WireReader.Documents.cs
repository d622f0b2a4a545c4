using System;
using System.Text.Json;
using TcApi.Errors;

namespace TcApi.Wire;

/// <summary>Reads the members of a response's <c>Response</c> object; the reader stands on its start.</summary>
public delegate T ResponseBodyReader<T>(ref Utf8JsonReader reader, ref ResponseReadState state);

public static partial class WireReader
{
    /// <summary>
    /// Reads a <c>{"Response":{...}}</c> envelope. A <c>Response.Error</c> becomes the exception
    /// <paramref name="errorFactory"/> makes; anything unreadable becomes a <see cref="ResponseFormatException"/>
    /// whose path starts at <c>/Response</c>, with the envelope's RequestId and the body.
    /// </summary>
    public static T ReadResponse<T>(
        ReadOnlySpan<byte> utf8Json,
        string action,
        ResponseBodyReader<T> readBody,
        Func<ApiError, string?, Exception> errorFactory)
    {
        var reader = new Utf8JsonReader(utf8Json, Options);
        var state = default(ResponseReadState);
        var lenient = LenientReading.Begin();
        var strings = ReadStrings.Begin();
        T body;
        try
        {
            if (IsBlank(utf8Json) || !reader.Read())
            {
                throw new WireFormatException(string.Empty, "the body is empty");
            }

            ExpectObjectStrictly(ref reader);
            var found = false;
            body = default!;
            while (NextProperty(ref reader))
            {
                if (!found && reader.ValueTextEquals("Response"u8))
                {
                    reader.Read();
                    try
                    {
                        ExpectObjectStrictly(ref reader);
                        body = readBody(ref reader, ref state);
                    }
                    catch (WireFormatException e)
                    {
                        throw e.Within("Response");
                    }
                    catch (WireValueSkipped)
                    {
                        // Every member and list reader catches the skip; reaching here is a defect of the reader.
                        throw new WireFormatException(string.Empty, "a value could not be read leniently", "InvalidParameterValue").Within("Response");
                    }

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
                throw new WireFormatException("Response", "the envelope has no Response object");
            }

            LenientReading.Current?.Complete(utf8Json);
        }
        catch (WireFormatException e)
        {
            throw Unreadable(action, e.Path, e.Reason, state.RequestId, utf8Json, e);
        }
        catch (JsonException e)
        {
            throw Unreadable(action, string.Empty, $"invalid JSON ({e.Message})", state.RequestId, utf8Json, e);
        }
        catch (InvalidOperationException e)
        {
            throw Unreadable(action, string.Empty, $"unreadable text ({e.Message})", state.RequestId, utf8Json, e);
        }
        finally
        {
            ReadStrings.End(strings);
            LenientReading.End(lenient);
        }

        if (state.Error is { } error)
        {
            throw errorFactory(error, state.RequestId);
        }

        return body;
    }

    /// <summary>
    /// The exception for an answer that could not be read, with its body and its RequestId — the one read so far, or
    /// else the envelope's, found by a tolerant scan (the bad value may come before it).
    /// </summary>
    private static ResponseFormatException Unreadable(string action, string path, string reason, string? requestId, ReadOnlySpan<byte> utf8Json, Exception inner) =>
        new(action, path, reason, requestId ?? EnvelopeRequestId.Find(utf8Json), utf8Json, inner);

    /// <summary>
    /// Reads a request body as the service does. Problems become a <see cref="RequestReadException"/> whose code is
    /// the service's answer: <c>UnknownParameter</c>, <c>MissingParameter</c> or <c>InvalidParameterValue</c> with the
    /// member's full path, <c>InvalidParameter</c> for a body that is not a JSON object.
    /// </summary>
    public static T ReadRequest<T>(ReadOnlySpan<byte> utf8Json, WireValueReader<T> readBody)
    {
        var reader = new Utf8JsonReader(utf8Json, Options);
        try
        {
            if (IsBlank(utf8Json) || !reader.Read())
            {
                throw new RequestReadException("InvalidParameter", string.Empty, "The request body is empty.");
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new RequestReadException("InvalidParameter", string.Empty, "The request body must be a JSON object, not " + Describe(reader.TokenType) + ".");
            }

            var body = readBody(ref reader, WireReadMode.Request);
            if (reader.Read())
            {
                throw new RequestReadException("InvalidParameter", string.Empty, "Unexpected data after the JSON document.");
            }

            return body;
        }
        catch (WireFormatException e)
        {
            var message = e.Code switch
            {
                "MissingParameter" => $"The required parameter {e.Path} is missing.",
                "UnknownParameter" => $"The parameter {e.Path} is not a parameter of this action.",
                _ => $"The value of {e.Path} is invalid: {e.Reason}.",
            };
            throw new RequestReadException(e.Code, e.Path, message, e);
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

    private static bool IsBlank(ReadOnlySpan<byte> utf8Json)
    {
        foreach (var b in utf8Json)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }
}
