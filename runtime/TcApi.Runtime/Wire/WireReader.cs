using System;
using System.Buffers.Text;
using System.ComponentModel;
using System.Text.Json;
using TcApi.Errors;

namespace TcApi.Wire;

/// <summary>Reads wire values for the generated readers. Numbers may arrive as JSON numbers or as strings.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class WireReader
{
    /// <summary>Reader options: comments and trailing commas are rejected as the service rejects them.</summary>
    public static JsonReaderOptions Options { get; } = new() { MaxDepth = 64 };

    /// <summary>Moves into an object; the reader must stand on its start.</summary>
    public static void ExpectObject(ref Utf8JsonReader reader, string path)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Fail(path, -1, $"expected an object, found {Describe(reader.TokenType)}");
        }
    }

    /// <summary>Moves into an array; the reader must stand on its start.</summary>
    public static void ExpectArray(ref Utf8JsonReader reader, string path)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Fail(path, -1, $"expected an array, found {Describe(reader.TokenType)}");
        }
    }

    /// <summary>Advances to the next property name of the current object; <see langword="false"/> at its end.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>Advances to the next item of the current array; <see langword="false"/> at its end.</summary>
    public static bool NextItem(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType != JsonTokenType.EndArray;
    }

    /// <summary>Skips the value of the current property; the reader stands on the property name.</summary>
    public static void SkipValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }

    /// <summary>Reads a string value.</summary>
    public static string ReadString(ref Utf8JsonReader reader, string path, int index = -1)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Fail(path, index, $"expected a string, found {Describe(reader.TokenType)}");
        }

        return reader.GetString()!;
    }

    /// <summary>Reads an integer written as a JSON number or as a string of digits.</summary>
    public static long ReadInt64(ref Utf8JsonReader reader, string path, int index = -1)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (reader.TryGetInt64(out var number))
            {
                return number;
            }

            throw Fail(path, index, "expected a whole number within the 64-bit range");
        }

        if (reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            var text = reader.ValueSpan;
            if (Utf8Parser.TryParse(text, out long parsed, out var consumed) && consumed == text.Length && text.Length > 0)
            {
                return parsed;
            }

            throw Fail(path, index, "expected a whole number, found a string that is not one");
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            var text = reader.GetString()!;
            if (long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
            {
                return parsed;
            }

            throw Fail(path, index, "expected a whole number, found a string that is not one");
        }

        throw Fail(path, index, $"expected a whole number, found {Describe(reader.TokenType)}");
    }

    /// <summary>Reads an integer that must fit in 32 bits.</summary>
    public static int ReadInt32(ref Utf8JsonReader reader, string path, int index = -1)
    {
        var value = ReadInt64(ref reader, path, index);
        if (value is < int.MinValue or > int.MaxValue)
        {
            throw Fail(path, index, $"{value} is outside the 32-bit range");
        }

        return (int)value;
    }

    /// <summary>Reads a 0/1 flag (also accepted: <c>"0"</c>, <c>"1"</c>, <c>true</c>, <c>false</c>).</summary>
    public static bool ReadFlag(ref Utf8JsonReader reader, string path, int index = -1)
    {
        if (reader.TokenType is JsonTokenType.True or JsonTokenType.False)
        {
            return reader.TokenType == JsonTokenType.True;
        }

        return ReadInt64(ref reader, path, index) switch
        {
            0 => false,
            1 => true,
            var other => throw Fail(path, index, $"expected 0 or 1, found {other}"),
        };
    }

    /// <summary>Reads the <c>Response.Error</c> object.</summary>
    public static ApiError ReadError(ref Utf8JsonReader reader, string path)
    {
        ExpectObject(ref reader, path);
        string? code = null;
        string? message = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("Code"u8))
            {
                reader.Read();
                code = ReadString(ref reader, path + "/Code");
            }
            else if (reader.ValueTextEquals("Message"u8))
            {
                reader.Read();
                message = reader.TokenType == JsonTokenType.Null ? null : ReadString(ref reader, path + "/Message");
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        if (string.IsNullOrEmpty(code))
        {
            throw new WireFormatException(path + "/Code", "the error has no code");
        }

        return new ApiError(code, message ?? string.Empty);
    }

    /// <summary>The exception for a bad value at <paramref name="path"/>, or at its item <paramref name="index"/> when not negative.</summary>
    public static WireFormatException Fail(string path, int index, string reason) =>
        new(index < 0 ? path : path + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture), reason);

    /// <summary>Whether the current value is JSON <c>null</c>, which the readers treat as an absent member.</summary>
    public static bool IsNull(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null;

    /// <summary>A short name of a token type for messages.</summary>
    public static string Describe(JsonTokenType tokenType) => tokenType switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => tokenType.ToString(),
    };

    /// <summary>A short, printable excerpt of a body for error messages.</summary>
    public static string Excerpt(ReadOnlySpan<byte> body, int maxChars = 120)
    {
        var take = Math.Min(body.Length, maxChars * 2);
        var text = System.Text.Encoding.UTF8.GetString(body[..take]);
        if (text.Length > maxChars)
        {
            text = text[..maxChars] + "…";
        }
        else if (take < body.Length)
        {
            text += "…";
        }

        return text.Replace('\r', ' ').Replace('\n', ' ');
    }
}
