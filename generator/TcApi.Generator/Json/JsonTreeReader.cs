using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace TcApi.Generator.Json;

/// <summary>
/// Reads a spec file into <see cref="JsonNode"/>s with System.Text.Json's <see cref="Utf8JsonReader"/>,
/// mapping its byte offsets back to character offsets of the file's text.
/// </summary>
internal static class JsonTreeReader
{
    public const int MaxDepth = 64;

    public static JsonReadResult Read(SourceDocument document)
    {
        var text = document.Text.ToString();
        var bytes = Encoding.UTF8.GetBytes(text);
        var offsets = new ByteToCharOffsets(text, bytes.Length);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = MaxDepth });
        try
        {
            if (!reader.Read())
            {
                return JsonReadResult.Failure("the file is empty", 0);
            }

            var root = ReadValue(ref reader, offsets, document);
            if (reader.Read())
            {
                return JsonReadResult.Failure("unexpected text after the JSON document", offsets.ToChar((int)reader.TokenStartIndex));
            }

            return new JsonReadResult(root, null, 0);
        }
        catch (JsonException e)
        {
            var message = e.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message.Substring(0, cut).TrimEnd();
            }

            return JsonReadResult.Failure(message, offsets.ToChar((int)Math.Min(reader.BytesConsumed, bytes.Length)));
        }
        catch (InvalidOperationException e)
        {
            return JsonReadResult.Failure(e.Message, offsets.ToChar((int)Math.Min(reader.TokenStartIndex, bytes.Length)));
        }
    }

    private static JsonNode ReadValue(ref Utf8JsonReader reader, ByteToCharOffsets offsets, SourceDocument document)
    {
        var start = offsets.ToChar((int)reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return ReadObject(ref reader, offsets, start, document);
            case JsonTokenType.StartArray:
                var array = new JsonNode(JsonNodeKind.Array, start, start, document);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Items.Add(ReadValue(ref reader, offsets, document));
                }

                array.End = offsets.ToChar((int)reader.TokenStartIndex + 1);
                return array;
            case JsonTokenType.String:
                return new JsonNode(JsonNodeKind.String, start, offsets.ToChar((int)reader.BytesConsumed), document) { Text = reader.GetString()! };
            case JsonTokenType.Number:
                return new JsonNode(JsonNodeKind.Number, start, offsets.ToChar((int)reader.BytesConsumed), document)
                {
                    Text = Encoding.UTF8.GetString(reader.ValueSpan.ToArray()),
                };
            case JsonTokenType.True:
                return new JsonNode(JsonNodeKind.True, start, start + 4, document);
            case JsonTokenType.False:
                return new JsonNode(JsonNodeKind.False, start, start + 5, document);
            default:
                return new JsonNode(JsonNodeKind.Null, start, start + 4, document);
        }
    }

    private static JsonNode ReadObject(ref Utf8JsonReader reader, ByteToCharOffsets offsets, int start, SourceDocument document)
    {
        var node = new JsonNode(JsonNodeKind.Object, start, start, document);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameStart = offsets.ToChar((int)reader.TokenStartIndex);
            var name = reader.GetString()!;
            var nameEnd = offsets.ToChar((int)reader.BytesConsumed);
            reader.Read();
            var value = ReadValue(ref reader, offsets, document);
            var property = new JsonProperty(name, nameStart, nameEnd, value);
            if (!seen.Add(name))
            {
                node.DuplicateKeys.Add(property);
            }

            node.Properties.Add(property);
        }

        node.End = offsets.ToChar((int)reader.TokenStartIndex + 1);
        return node;
    }

    /// <summary>Maps UTF-8 byte offsets to UTF-16 offsets; free for ASCII files.</summary>
    private sealed class ByteToCharOffsets
    {
        private readonly int[]? _map;
        private readonly int _length;

        public ByteToCharOffsets(string text, int byteCount)
        {
            _length = text.Length;
            if (byteCount == text.Length)
            {
                return;
            }

            _map = new int[byteCount + 1];
            var b = 0;
            for (var c = 0; c < text.Length; c++)
            {
                int width;
                if (char.IsHighSurrogate(text[c]) && c + 1 < text.Length && char.IsLowSurrogate(text[c + 1]))
                {
                    width = 4;
                    for (var k = 0; k < width; k++)
                    {
                        _map[b + k] = c;
                    }

                    b += width;
                    c++;
                    continue;
                }

                width = text[c] < 0x80 ? 1 : text[c] < 0x800 ? 2 : 3;
                for (var k = 0; k < width && b + k < _map.Length; k++)
                {
                    _map[b + k] = c;
                }

                b += width;
            }

            _map[byteCount] = text.Length;
        }

        public int ToChar(int byteOffset)
        {
            if (_map is null)
            {
                return Math.Min(byteOffset, _length);
            }

            return _map[Math.Max(0, Math.Min(byteOffset, _map.Length - 1))];
        }
    }
}

internal sealed class JsonReadResult
{
    public JsonReadResult(JsonNode? root, string? error, int errorOffset)
    {
        Root = root;
        Error = error;
        ErrorOffset = errorOffset;
    }

    public JsonNode? Root { get; }

    public string? Error { get; }

    public int ErrorOffset { get; }

    public static JsonReadResult Failure(string error, int offset) => new(null, error, offset);
}
