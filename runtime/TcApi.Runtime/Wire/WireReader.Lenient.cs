using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace TcApi.Wire;

// Where the strict reader throws, a lenient response read converts what Newtonsoft (the official SDK's reader)
// converts with its default settings, keeps a structure where a string is documented as its JSON text, wraps one object
// where a list is documented, and otherwise holds null — recording each as a LenientRead, raw JSON kept. Outside a
// lenient response read (requests, strict mode, a reader called directly) each throws the strict reader's exception.
public static partial class WireReader
{
    private const string EmptyStringHeld = "null (as Newtonsoft reads \"\")";

    /// <summary>The lenient read in progress, or the strict reader's exception for <paramref name="member"/>.</summary>
    private static LenientReading Lenient(string member, string strictReason) =>
        LenientReading.Current ?? throw new WireFormatException(member, strictReason);

    private static string LenientString(ref Utf8JsonReader reader, string member)
    {
        var lenient = Lenient(member, "expected a string, found " + Describe(reader.TokenType));
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                var number = NumberText(ref reader);
                lenient.Record(ref reader, "a string", LenientReadOutcome.Converted, "the string \"" + number + "\"");
                return number;
            case JsonTokenType.True or JsonTokenType.False:
                var text = reader.TokenType == JsonTokenType.True ? "true" : "false";
                lenient.Record(ref reader, "a string", LenientReadOutcome.Converted, "the string \"" + text + "\"");
                return text;
            default:
                lenient.Record(ref reader, "a string", LenientReadOutcome.JsonText, "its JSON text, as a string");
                using (var document = JsonDocument.ParseValue(ref reader))
                {
                    return document.RootElement.GetRawText();
                }
        }
    }

    private static bool LenientInt64(ref Utf8JsonReader reader, string member, string strictReason, out long value)
    {
        var lenient = Lenient(member, strictReason);
        switch (reader.TokenType)
        {
            case JsonTokenType.Number when reader.TryGetDouble(out var number) && Math.Floor(number) == number && number is >= long.MinValue and < 9223372036854775807d:
                value = (long)number;
                return lenient.Converted(ref reader, "a whole number", value.ToString(CultureInfo.InvariantCulture));
            case JsonTokenType.String when long.TryParse(reader.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value):
                return lenient.Converted(ref reader, "a whole number", value.ToString(CultureInfo.InvariantCulture));
            case JsonTokenType.True or JsonTokenType.False:
                value = reader.TokenType == JsonTokenType.True ? 1 : 0;
                return lenient.Converted(ref reader, "a whole number", value.ToString(CultureInfo.InvariantCulture));
            default:
                value = 0;
                return lenient.Omit(ref reader, "a whole number");
        }
    }

    private static bool LenientUInt64(ref Utf8JsonReader reader, string member, string strictReason, out ulong value)
    {
        var lenient = Lenient(member, strictReason);
        switch (reader.TokenType)
        {
            case JsonTokenType.String when ulong.TryParse(reader.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value):
                return lenient.Converted(ref reader, "a whole number from 0 to 18446744073709551615", value.ToString(CultureInfo.InvariantCulture));
            case JsonTokenType.True or JsonTokenType.False:
                value = reader.TokenType == JsonTokenType.True ? 1UL : 0UL;
                return lenient.Converted(ref reader, "a whole number from 0 to 18446744073709551615", value.ToString(CultureInfo.InvariantCulture));
            default:
                value = 0;
                return lenient.Omit(ref reader, "a whole number from 0 to 18446744073709551615");
        }
    }

    private static bool LenientDouble(ref Utf8JsonReader reader, string member, string strictReason, out double value)
    {
        var lenient = Lenient(member, strictReason);
        switch (reader.TokenType)
        {
            case JsonTokenType.String when double.TryParse(reader.GetString(), NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value):
                return lenient.Converted(ref reader, "a number", value.ToString("R", CultureInfo.InvariantCulture));
            case JsonTokenType.True or JsonTokenType.False:
                value = reader.TokenType == JsonTokenType.True ? 1 : 0;
                return lenient.Converted(ref reader, "a number", value.ToString("R", CultureInfo.InvariantCulture));
            default:
                value = 0;
                return lenient.Omit(ref reader, "a number");
        }
    }

    private static bool LenientBoolean(ref Utf8JsonReader reader, string member, string strictReason, out bool value)
    {
        var lenient = Lenient(member, strictReason);
        switch (reader.TokenType)
        {
            // bool.TryParse, as Newtonsoft: any case, surrounding white space allowed.
            case JsonTokenType.String when bool.TryParse(reader.GetString(), out value):
                return lenient.Converted(ref reader, "true or false", value ? "true" : "false");
            case JsonTokenType.Number when reader.TryGetDouble(out var number):
                value = number != 0;
                return lenient.Converted(ref reader, "true or false", value ? "true" : "false");
            default:
                value = false;
                return lenient.Omit(ref reader, "true or false");
        }
    }

    /// <summary>Not an object where one is documented: null in a lenient read (the caller catches the skip).</summary>
    private static void NotAnObject(ref Utf8JsonReader reader)
    {
        Lenient(string.Empty, "expected an object, found " + Describe(reader.TokenType)).Omit(ref reader, "an object");
        throw new WireValueSkipped();
    }

    /// <summary>Not an array where one is documented: one object is read as a list of it; anything else is null.</summary>
    private static IReadOnlyList<T> NotAList<T>(ref Utf8JsonReader reader, WireReadMode mode, WireValueReader<T> item)
    {
        var lenient = Lenient(string.Empty, "expected an array, found " + Describe(reader.TokenType));
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            lenient.Omit(ref reader, "an array");
            throw new WireValueSkipped();
        }

        lenient.Record(ref reader, "an array", LenientReadOutcome.WrappedInList, "a list of that one object");
        try
        {
            return new[] { item(ref reader, mode) };
        }
        catch (WireValueSkipped)
        {
            return Array.Empty<T>();
        }
    }

    /// <summary>Checks that the current token starts an object, whatever the read (the envelope, an error).</summary>
    private static void ExpectObjectStrictly(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new WireFormatException(string.Empty, "expected an object, found " + Describe(reader.TokenType));
        }
    }

    private static bool IsEmptyString(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length == 0 && !reader.HasValueSequence;

    private static bool Converted(this LenientReading lenient, ref Utf8JsonReader reader, string expected, string held)
    {
        lenient.Record(ref reader, expected, LenientReadOutcome.Converted, held);
        return true;
    }

    /// <summary>Records the value as held by nothing and moves to its last token; returns false (no value).</summary>
    private static bool Omit(this LenientReading lenient, ref Utf8JsonReader reader, string expected)
    {
        lenient.Record(ref reader, expected, LenientReadOutcome.Omitted, IsEmptyString(ref reader) ? EmptyStringHeld : "null");
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            reader.Skip();
        }

        return false;
    }
}
