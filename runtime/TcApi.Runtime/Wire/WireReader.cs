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
            NotAnObject(ref reader);
        }
    }

    /// <summary>Advances to the next property name of the current object; <see langword="false"/> at its end.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>
    /// The current property name's length in UTF-8 bytes with any escapes undone: what a generated reader of a type with
    /// many members switches on before comparing the name with the few of that length.
    /// </summary>
    public static int NameLength(ref Utf8JsonReader reader) =>
        reader.ValueIsEscaped ? System.Text.Encoding.UTF8.GetByteCount(reader.GetString()!)
        : reader.HasValueSequence ? checked((int)reader.ValueSequence.Length)
        : reader.ValueSpan.Length;

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
        reader.Read() && reader.TokenType == JsonTokenType.Null ? null : TryInt64At(ref reader, member, out var value) ? value : null;

    /// <summary>Reads an integer member that must fit in 32 bits.</summary>
    public static int? Int32(ref Utf8JsonReader reader, string member) =>
        reader.Read() && reader.TokenType == JsonTokenType.Null ? null : TryInt32At(ref reader, member, out var value) ? value : null;

    /// <summary>Reads an unsigned 64-bit integer member.</summary>
    public static ulong? UInt64(ref Utf8JsonReader reader, string member) =>
        reader.Read() && reader.TokenType == JsonTokenType.Null ? null : TryUInt64At(ref reader, member, out var value) ? value : null;

    /// <summary>Reads a floating-point member.</summary>
    public static double? Double(ref Utf8JsonReader reader, string member) =>
        reader.Read() && reader.TokenType == JsonTokenType.Null ? null : TryDoubleAt(ref reader, member, out var value) ? value : null;

    /// <summary>Reads a JSON boolean member (also accepted: <c>"true"</c>, <c>"false"</c>, 0 and 1).</summary>
    public static bool? Boolean(ref Utf8JsonReader reader, string member) =>
        reader.Read() && reader.TokenType == JsonTokenType.Null ? null : TryBooleanAt(ref reader, member, out var value) ? value : null;

    /// <summary>Reads a 0/1 flag member (also accepted: <c>"0"</c>, <c>"1"</c>, <c>true</c>, <c>false</c>).</summary>
    public static bool? Flag(ref Utf8JsonReader reader, string member, WireReadMode mode) =>
        reader.Read() && reader.TokenType == JsonTokenType.Null ? null : TryFlagAt(ref reader, member, mode, out var value) ? value : null;

    /// <summary>Reads a string value.</summary>
    public static string StringValue(ref Utf8JsonReader reader, WireReadMode mode) => StringAt(ref reader, string.Empty);

    /// <summary>Reads an integer value.</summary>
    public static long Int64Value(ref Utf8JsonReader reader, WireReadMode mode) => TryInt64At(ref reader, string.Empty, out var value) ? value : throw new WireValueSkipped();

    /// <summary>Reads a 32-bit integer value.</summary>
    public static int Int32Value(ref Utf8JsonReader reader, WireReadMode mode) => TryInt32At(ref reader, string.Empty, out var value) ? value : throw new WireValueSkipped();

    /// <summary>Reads an unsigned 64-bit integer value.</summary>
    public static ulong UInt64Value(ref Utf8JsonReader reader, WireReadMode mode) => TryUInt64At(ref reader, string.Empty, out var value) ? value : throw new WireValueSkipped();

    /// <summary>Reads a floating-point value.</summary>
    public static double DoubleValue(ref Utf8JsonReader reader, WireReadMode mode) => TryDoubleAt(ref reader, string.Empty, out var value) ? value : throw new WireValueSkipped();

    /// <summary>Reads a boolean value.</summary>
    public static bool BooleanValue(ref Utf8JsonReader reader, WireReadMode mode) => TryBooleanAt(ref reader, string.Empty, out var value) ? value : throw new WireValueSkipped();

    /// <summary>Reads a 0/1 flag value.</summary>
    public static bool FlagValue(ref Utf8JsonReader reader, WireReadMode mode) => TryFlagAt(ref reader, string.Empty, mode, out var value) ? value : throw new WireValueSkipped();

    private static string StringAt(ref Utf8JsonReader reader, string member)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return LenientString(ref reader, member);
        }

        return ReadStrings.Read(ref reader);
    }

    // Each Try...At reads the current token into the type. Where the strict reader throws, a lenient response read
    // (WireReader.Lenient.cs) converts the value as Newtonsoft does or records it and returns false: the member holds null.
    private static bool TryInt64At(ref Utf8JsonReader reader, string member, out long value)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (reader.TryGetInt64(out value))
            {
                return true;
            }

            return LenientInt64(ref reader, member, "expected a whole number within the 64-bit range, found " + NumberText(ref reader), out value);
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            if (!reader.HasValueSequence && !reader.ValueIsEscaped)
            {
                var text = reader.ValueSpan;
                if (text.Length > 0 && Utf8Parser.TryParse(text, out value, out var consumed) && consumed == text.Length)
                {
                    return true;
                }
            }
            else if (long.TryParse(reader.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
            {
                return true;
            }

            return LenientInt64(ref reader, member, "expected a whole number, found the string '" + Shorten(reader.GetString()!) + "'", out value);
        }

        return LenientInt64(ref reader, member, "expected a whole number, found " + Describe(reader.TokenType), out value);
    }

    private static bool TryInt32At(ref Utf8JsonReader reader, string member, out int value)
    {
        if (!TryInt64At(ref reader, member, out var wide))
        {
            value = 0;
            return false;
        }

        if (wide is < int.MinValue or > int.MaxValue)
        {
            value = 0;
            return Lenient(member, wide.ToString(CultureInfo.InvariantCulture) + " is outside the 32-bit range")
                .Omit(ref reader, "a whole number within the 32-bit range");
        }

        value = (int)wide;
        return true;
    }

    private static bool TryUInt64At(ref Utf8JsonReader reader, string member, out ulong value)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetUInt64(out value))
        {
            return true;
        }

        if (reader.TokenType == JsonTokenType.String &&
            ulong.TryParse(reader.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        return LenientUInt64(ref reader, member, "expected a whole number from 0 to 18446744073709551615, found " +
            (reader.TokenType == JsonTokenType.Number ? NumberText(ref reader) : Describe(reader.TokenType)), out value);
    }

    private static bool TryDoubleAt(ref Utf8JsonReader reader, string member, out double value)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out value))
        {
            return true;
        }

        if (reader.TokenType == JsonTokenType.String &&
            double.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        return LenientDouble(ref reader, member, "expected a number, found " + Describe(reader.TokenType), out value);
    }

    private static bool TryBooleanAt(ref Utf8JsonReader reader, string member, out bool value)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                value = true;
                return true;
            case JsonTokenType.False:
                value = false;
                return true;
            case JsonTokenType.String when reader.ValueTextEquals("true"u8):
                value = true;
                return true;
            case JsonTokenType.String when reader.ValueTextEquals("false"u8):
                value = false;
                return true;
            case JsonTokenType.Number when reader.TryGetInt64(out var number) && number is 0 or 1:
                value = number == 1;
                return true;
            default:
                return LenientBoolean(ref reader, member, "expected true or false, found " + Describe(reader.TokenType), out value);
        }
    }

    private static bool TryFlagAt(ref Utf8JsonReader reader, string member, WireReadMode mode, out bool value)
    {
        if (reader.TokenType is JsonTokenType.True or JsonTokenType.False)
        {
            value = reader.TokenType == JsonTokenType.True;
            return true;
        }

        if (!TryInt64At(ref reader, member, out var number))
        {
            value = false;
            return false;
        }

        value = number switch
        {
            0 => false,
            1 => true,
            // A server may add states to a documented 0/1 member; a response keeps the answer readable.
            _ when mode == WireReadMode.Response => true,
            _ => throw new WireFormatException(member, "expected 0 or 1, found " + number.ToString(CultureInfo.InvariantCulture)),
        };
        return true;
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
