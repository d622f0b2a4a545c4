using System;
using System.Buffers;
using System.Text.Json;

namespace TcApi.Client;

/// <summary>A request body given as JSON for a call by name: checked to be one JSON object, and copied so the call owns it.</summary>
internal static class JsonBody
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 256 };

    public static byte[] From(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException($"The request body must be a JSON object, not {Describe(body.ValueKind)}.", nameof(body));
        }

        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            body.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static byte[] From(ReadOnlySpan<byte> utf8Body)
    {
        Check(utf8Body);
        return utf8Body.ToArray();
    }

    public static byte[] From(string body)
    {
        if (body is null)
        {
            throw new ArgumentNullException(nameof(body));
        }

        var utf8 = System.Text.Encoding.UTF8.GetBytes(body);
        Check(utf8);
        return utf8;
    }

    /// <summary>
    /// Whether the body's top-level idempotency token (<paramref name="member"/>, the action's
    /// <see cref="ApiActionInfo.ClientTokenMember"/>) is a non-empty string: only then may a call of an action that takes
    /// one be repeated after it may have reached the service, since a body given by name is sent as given.
    /// </summary>
    public static bool HasClientToken(byte[] body, string member)
    {
        var reader = new Utf8JsonReader(body, ReaderOptions);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isToken = reader.ValueTextEquals(member);
            reader.Read();
            if (isToken)
            {
                return reader.TokenType == JsonTokenType.String && (reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length) > 0;
            }

            reader.Skip();
        }

        return false;
    }

    // One pass that refuses anything but a single, well-formed JSON object, before anything is signed or sent.
    private static void Check(ReadOnlySpan<byte> utf8Body)
    {
        var reader = new Utf8JsonReader(utf8Body, ReaderOptions);
        try
        {
            if (!reader.Read())
            {
                throw new ArgumentException("The request body is empty; send {} for an action without parameters.", "body");
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new ArgumentException($"The request body must be a JSON object, not {reader.TokenType}.", "body");
            }

            reader.Skip();
            if (reader.Read())
            {
                throw new ArgumentException($"The request body has data after its JSON object, at byte {reader.TokenStartIndex}.", "body");
            }
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"The request body is not valid JSON: {e.Message}", "body", e);
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing (a default JsonElement)",
    };
}
