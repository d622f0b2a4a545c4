using System;
using System.Buffers;
using System.Text.Json;

namespace TcApi.Client.Pipeline;

/// <summary>
/// Gives a request body a fresh idempotency key (the action's <see cref="ApiActionInfo.ClientTokenMember"/>, usually
/// <c>ClientToken</c>) when it has none (absent, null or empty), so the call can be repeated after a transport failure
/// without doing its work twice.
/// </summary>
internal static class ClientTokenBody
{
    /// <summary><paramref name="body"/> itself when it carries a token in <paramref name="member"/>; otherwise a copy with <paramref name="token"/>.</summary>
    public static byte[] WithToken(byte[] body, string member, string token, JsonWriterOptions options)
    {
        var name = JsonEncodedText.Encode(member);
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object ||
            (root.TryGetProperty(name.EncodedUtf8Bytes, out var given) && given.ValueKind == JsonValueKind.String && given.GetString() is { Length: > 0 }))
        {
            return body;
        }

        var buffer = new ArrayBufferWriter<byte>(body.Length + 64);
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            writer.WriteStartObject();
            foreach (var property in root.EnumerateObject())
            {
                if (!property.NameEquals(name.EncodedUtf8Bytes))
                {
                    property.WriteTo(writer);
                }
            }

            writer.WriteString(name, token);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
