using System;
using System.Buffers;
using System.Text.Json;

namespace TcApi.Client.Pipeline;

/// <summary>
/// Gives a request body a fresh <c>ClientToken</c> when it has none (absent, null or empty): the service's idempotency
/// key, so the call can be repeated after a transport failure without doing its work twice.
/// </summary>
internal static class ClientTokenBody
{
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("ClientToken");

    /// <summary><paramref name="body"/> itself when it carries a token; otherwise a copy with <paramref name="token"/>.</summary>
    public static byte[] WithToken(byte[] body, string token, JsonWriterOptions options)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object ||
            (root.TryGetProperty(Name.EncodedUtf8Bytes, out var given) && given.ValueKind == JsonValueKind.String && given.GetString() is { Length: > 0 }))
        {
            return body;
        }

        var buffer = new ArrayBufferWriter<byte>(body.Length + 64);
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            writer.WriteStartObject();
            foreach (var member in root.EnumerateObject())
            {
                if (!member.NameEquals(Name.EncodedUtf8Bytes))
                {
                    member.WriteTo(writer);
                }
            }

            writer.WriteString(Name, token);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
