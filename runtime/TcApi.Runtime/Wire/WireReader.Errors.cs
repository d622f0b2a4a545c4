using System.Text.Json;
using TcApi.Errors;

namespace TcApi.Wire;

public static partial class WireReader
{
    /// <summary>Reads the <c>Response.Error</c> object at the current token.</summary>
    public static ApiError ReadError(ref Utf8JsonReader reader)
    {
        try
        {
            ExpectObjectStrictly(ref reader);
            string? code = null;
            string? message = null;
            while (NextProperty(ref reader))
            {
                if (reader.ValueTextEquals("Code"u8))
                {
                    code = String(ref reader, "Code");
                }
                else if (reader.ValueTextEquals("Message"u8))
                {
                    message = String(ref reader, "Message");
                }
                else
                {
                    SkipValue(ref reader);
                }
            }

            if (string.IsNullOrEmpty(code))
            {
                throw new WireFormatException("Code", "the error has no code");
            }

            return new ApiError(code!, message ?? string.Empty);
        }
        catch (WireFormatException e)
        {
            throw e.Within("Error");
        }
    }

    /// <summary>
    /// Reads an <c>Error</c> member that an action declares as data without moving <paramref name="reader"/>: the
    /// service's error when it has a string <c>Code</c>, else <see langword="null"/>. The reader stands on the name.
    /// </summary>
    public static ApiError? PeekError(Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        string? code = null;
        string? message = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("Code"u8) && reader.Read() && reader.TokenType == JsonTokenType.String)
            {
                code = reader.GetString();
            }
            else if (reader.ValueTextEquals("Message"u8) && reader.Read() && reader.TokenType == JsonTokenType.String)
            {
                message = reader.GetString();
            }
            else if (reader.TokenType == JsonTokenType.PropertyName)
            {
                SkipValue(ref reader);
            }
        }

        return string.IsNullOrEmpty(code) ? null : new ApiError(code!, message ?? string.Empty);
    }
}
