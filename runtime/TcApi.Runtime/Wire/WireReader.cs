using System;
using System.Buffers.Text;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;

namespace TcApi.Wire;

/// <summary>
/// Reads wire values for the generated readers. Numbers may arrive as JSON numbers or as strings, as the service
/// accepts them. A member reader stands on the property name, moves to the value and returns <see langword="null"/>
/// for JSON <c>null</c>; a value reader (<c>...Value</c>) reads the current token.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class WireReader
{
    /// <summary>Reader options: comments and trailing commas are rejected as the service rejects them.</summary>
    public static JsonReaderOptions Options { get; } = new() { MaxDepth = 64 };

    /// <summary>Checks that the current token starts an object.</summary>
    public static void ExpectObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new WireFormatException(string.Empty, "expected an object, found " + Describe(reader.TokenType));
        }
    }

    /// <summary>Advances to the next property name of the current object; <see langword="false"/> at its end.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>Skips the value of the current property; the reader stands on the property name.</summary>
    public static void SkipValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }

    /// <summary>A property the type does not declare: an error in a request, skipped in a response.</summary>
    public static void Unknown(ref Utf8JsonReader reader, WireReadMode mode)
    {
        if (mode == WireReadMode.Request)
        {
            var name = reader.GetString() ?? string.Empty;
            throw new WireFormatException(name, "the parameter " + name + " is not a parameter here", "UnknownParameter");
        }

        SkipValue(ref reader);
    }

    /// <summary>The exception for a required member that a request lacks.</summary>
    public static WireFormatException Missing(string member) =>
        new(member, "the required parameter " + member + " is missing", "MissingParameter");

    /// <summary>Reads a string member.</summary>
    public static string? String(ref Utf8JsonReader reader, string member) =>
        reader.Read() && reader.TokenType == JsonTokenType.Null ? null : StringAt(ref reader, member);

    /// <summary>Reads an integer member.</summary>
    public static long? Int64(ref Utf8JsonReader reader, string member) =>
        reader.Read() && reader.TokenType == JsonTokenType.Null ? null : Int64At(ref reader, member);

    /// <summary>Reads an integer member that must fit in 32 bits.</summary>
    public static int? Int32(ref Utf8JsonReader reader, string member) =>
        reader.Read() && reader.TokenType == JsonTokenType.Null ? null : Int32At(ref reader, member);

    /// <summary>Reads an unsigned 64-bit integer member.</summary>
    public static ulong? UInt64(ref Utf8JsonReader reader, string member) =>
        reader.Read() && reader.TokenType == JsonTokenType.Null ? null : UInt64At(ref reader, member);

    /// <summary>Reads a floating-point member.</summary>
    public static double? Double(ref Utf8JsonReader reader, string member) =>
        reader.Read() && reader.TokenType == JsonTokenType.Null ? null : DoubleAt(ref reader, member);

    /// <summary>Reads a JSON boolean member (also accepted: <c>"true"</c>, <c>"false"</c>, 0 and 1).</summary>
    public static bool? Boolean(ref Utf8JsonReader reader, string member) =>
        reader.Read() && reader.TokenType == JsonTokenType.Null ? null : BooleanAt(ref reader, member);

    /// <summary>Reads a 0/1 flag member (also accepted: <c>"0"</c>, <c>"1"</c>, <c>true</c>, <c>false</c>).</summary>
    public static bool? Flag(ref Utf8JsonReader reader, string member, WireReadMode mode) =>
        reader.Read() && reader.TokenType == JsonTokenType.Null ? null : FlagAt(ref reader, member, mode);

    /// <summary>Reads a string value.</summary>
    public static string StringValue(ref Utf8JsonReader reader, WireReadMode mode) => StringAt(ref reader, string.Empty);

    /// <summary>Reads an integer value.</summary>
    public static long Int64Value(ref Utf8JsonReader reader, WireReadMode mode) => Int64At(ref reader, string.Empty);

    /// <summary>Reads a 32-bit integer value.</summary>
    public static int Int32Value(ref Utf8JsonReader reader, WireReadMode mode) => Int32At(ref reader, string.Empty);

    /// <summary>Reads an unsigned 64-bit integer value.</summary>
    public static ulong UInt64Value(ref Utf8JsonReader reader, WireReadMode mode) => UInt64At(ref reader, string.Empty);

    /// <summary>Reads a floating-point value.</summary>
    public static double DoubleValue(ref Utf8JsonReader reader, WireReadMode mode) => DoubleAt(ref reader, string.Empty);

    /// <summary>Reads a boolean value.</summary>
    public static bool BooleanValue(ref Utf8JsonReader reader, WireReadMode mode) => BooleanAt(ref reader, string.Empty);

    /// <summary>Reads a 0/1 flag value.</summary>
    public static bool FlagValue(ref Utf8JsonReader reader, WireReadMode mode) => FlagAt(ref reader, string.Empty, mode);

    private static string StringAt(ref Utf8JsonReader reader, string member)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new WireFormatException(member, "expected a string, found " + Describe(reader.TokenType));
        }

        return reader.GetString()!;
    }

    private static long Int64At(ref Utf8JsonReader reader, string member)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (reader.TryGetInt64(out var number))
            {
                return number;
            }

            throw new WireFormatException(member, "expected a whole number within the 64-bit range, found " + NumberText(ref reader));
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            if (!reader.HasValueSequence && !reader.ValueIsEscaped)
            {
                var text = reader.ValueSpan;
                if (text.Length > 0 && Utf8Parser.TryParse(text, out long parsed, out var consumed) && consumed == text.Length)
                {
                    return parsed;
                }
            }
            else if (long.TryParse(reader.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
            {
                return parsed;
            }

            throw new WireFormatException(member, "expected a whole number, found the string '" + Shorten(reader.GetString()!) + "'");
        }

        throw new WireFormatException(member, "expected a whole number, found " + Describe(reader.TokenType));
    }

    private static int Int32At(ref Utf8JsonReader reader, string member)
    {
        var value = Int64At(ref reader, member);
        if (value is < int.MinValue or > int.MaxValue)
        {
            throw new WireFormatException(member, value.ToString(CultureInfo.InvariantCulture) + " is outside the 32-bit range");
        }

        return (int)value;
    }

    private static ulong UInt64At(ref Utf8JsonReader reader, string member)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetUInt64(out var number))
        {
            return number;
        }

        if (reader.TokenType == JsonTokenType.String &&
            ulong.TryParse(reader.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        throw new WireFormatException(member, "expected a whole number from 0 to 18446744073709551615, found " +
            (reader.TokenType == JsonTokenType.Number ? NumberText(ref reader) : Describe(reader.TokenType)));
    }

    private static double DoubleAt(ref Utf8JsonReader reader, string member)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var number))
        {
            return number;
        }

        if (reader.TokenType == JsonTokenType.String &&
            double.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        throw new WireFormatException(member, "expected a number, found " + Describe(reader.TokenType));
    }

    private static bool BooleanAt(ref Utf8JsonReader reader, string member)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.String when reader.ValueTextEquals("true"u8):
                return true;
            case JsonTokenType.String when reader.ValueTextEquals("false"u8):
                return false;
            case JsonTokenType.Number when reader.TryGetInt64(out var number) && number is 0 or 1:
                return number == 1;
            default:
                throw new WireFormatException(member, "expected true or false, found " + Describe(reader.TokenType));
        }
    }

    private static bool FlagAt(ref Utf8JsonReader reader, string member, WireReadMode mode)
    {
        if (reader.TokenType is JsonTokenType.True or JsonTokenType.False)
        {
            return reader.TokenType == JsonTokenType.True;
        }

        var value = Int64At(ref reader, member);
        return value switch
        {
            0 => false,
            1 => true,
            // A server may add states to a documented 0/1 member; a response keeps the answer readable.
            _ when mode == WireReadMode.Response => true,
            _ => throw new WireFormatException(member, "expected 0 or 1, found " + value.ToString(CultureInfo.InvariantCulture)),
        };
    }

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

    private static string NumberText(ref Utf8JsonReader reader) =>
        System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray());

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "…";

    /// <summary>A short, printable excerpt of a body for error messages.</summary>
    public static string Excerpt(ReadOnlySpan<byte> body, int maxChars = 120)
    {
        var take = Math.Min(body.Length, maxChars * 2);
        var text = System.Text.Encoding.UTF8.GetString(body.Slice(0, take).ToArray());
        if (text.Length > maxChars)
        {
            text = text.Substring(0, maxChars) + "…";
        }
        else if (take < body.Length)
        {
            text += "…";
        }

        return text.Replace('\r', ' ').Replace('\n', ' ');
    }
}
