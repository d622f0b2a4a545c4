using System;
using System.Text;
using System.Text.Json;

namespace TcApi.Wire;

/// <summary>
/// Finds <c>Response.RequestId</c> in an answer the typed reader gave up on: first by the document's structure,
/// stepping over every other value without reading it (so a value of the wrong type does not stop it); if the JSON
/// itself breaks before the RequestId, by the first <c>"RequestId":"…"</c> in the text.
/// </summary>
internal static class EnvelopeRequestId
{
    private const int MaxLength = 128;

    public static string? Find(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, WireReader.Options);
        try
        {
            return Structural(ref reader);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return Textual(utf8Json);
        }
    }

    private static string? Structural(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isResponse = reader.ValueTextEquals("Response"u8);
            reader.Read();
            if (!isResponse)
            {
                reader.Skip();
                continue;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isRequestId = reader.ValueTextEquals("RequestId"u8);
                reader.Read();
                if (isRequestId)
                {
                    return reader.TokenType == JsonTokenType.String ? Plausible(reader.GetString()) : null;
                }

                reader.Skip();
            }

            return null;
        }

        return null;
    }

    private static string? Textual(ReadOnlySpan<byte> utf8Json)
    {
        var name = "\"RequestId\""u8;
        var rest = utf8Json;
        int at;
        while ((at = rest.IndexOf(name)) >= 0)
        {
            // A quote after a backslash is inside a string: text that mentions the member, not the member.
            var quoted = at > 0 && rest[at - 1] == (byte)'\\';
            rest = rest.Slice(at + name.Length);
            if (!quoted && ValueAfterName(rest) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    private static string? ValueAfterName(ReadOnlySpan<byte> rest)
    {
        var i = SkipSpace(rest, 0);
        if (i >= rest.Length || rest[i] != (byte)':')
        {
            return null;
        }

        i = SkipSpace(rest, i + 1);
        if (i >= rest.Length || rest[i] != (byte)'"')
        {
            return null;
        }

        var value = rest.Slice(i + 1);
        var end = value.IndexOfAny((byte)'"', (byte)'\\');
        if (end < 0 || value[end] != (byte)'"' || end > MaxLength)
        {
            return null;
        }

        try
        {
            return Plausible(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(value.Slice(0, end).ToArray()));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static int SkipSpace(ReadOnlySpan<byte> text, int i)
    {
        while (i < text.Length && text[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        return i;
    }

    /// <summary>A RequestId is a short identifier: anything else (empty, huge, control characters) is not taken for one.</summary>
    private static string? Plausible(string? id)
    {
        if (string.IsNullOrEmpty(id) || id!.Length > MaxLength)
        {
            return null;
        }

        foreach (var c in id)
        {
            if (char.IsControl(c))
            {
                return null;
            }
        }

        return id;
    }
}
