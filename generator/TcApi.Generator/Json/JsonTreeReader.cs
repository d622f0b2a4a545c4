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
        var offsets = new ByteToCharOffsets(text, bytes);
        var names = new PropertyNames();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = MaxDepth });
        try
        {
            if (!reader.Read())
            {
                return JsonReadResult.Failure("the file is empty", 0);
            }

            var root = ReadValue(ref reader, offsets, document, names);
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

    private static JsonNode ReadValue(ref Utf8JsonReader reader, ByteToCharOffsets offsets, SourceDocument document, PropertyNames names)
    {
        var start = offsets.ToChar((int)reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return ReadObject(ref reader, offsets, start, document, names);
            case JsonTokenType.StartArray:
                var array = new JsonNode(JsonNodeKind.Array, start, start, document);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.AddItem(ReadValue(ref reader, offsets, document, names));
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

    private static JsonNode ReadObject(ref Utf8JsonReader reader, ByteToCharOffsets offsets, int start, SourceDocument document, PropertyNames names)
    {
        var node = new JsonNode(JsonNodeKind.Object, start, start, document);
        HashSet<string>? seen = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameStart = offsets.ToChar((int)reader.TokenStartIndex);
            var name = names.Read(ref reader);
            var nameEnd = offsets.ToChar((int)reader.BytesConsumed);
            reader.Read();
            var value = ReadValue(ref reader, offsets, document, names);
            var property = new JsonProperty(name, nameStart, nameEnd, value);
            if (IsDuplicate(node, name, ref seen))
            {
                node.AddDuplicateKey(property);
            }

            node.AddProperty(property);
        }

        node.End = offsets.ToChar((int)reader.TokenStartIndex + 1);
        return node;
    }

    /// <summary>Whether the object already has a property called <paramref name="name"/>: a scan while it is small.</summary>
    private static bool IsDuplicate(JsonNode node, string name, ref HashSet<string>? seen)
    {
        var properties = node.Properties;
        if (seen is null && properties.Count < 16)
        {
            for (var i = 0; i < properties.Count; i++)
            {
                if (properties[i].Name == name)
                {
                    return true;
                }
            }

            return false;
        }

        if (seen is null)
        {
            seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in properties)
            {
                seen.Add(property.Name);
            }
        }

        return !seen.Add(name);
    }

    /// <summary>
    /// Maps UTF-8 byte offsets to UTF-16 offsets: free for ASCII files; otherwise by counting characters forward from the
    /// last offset asked (the reader asks in increasing order), so no map as large as the file is built.
    /// </summary>
    private sealed class ByteToCharOffsets
    {
        private readonly byte[] _bytes;
        private readonly bool _ascii;
        private int _byte;
        private int _char;

        public ByteToCharOffsets(string text, byte[] bytes)
        {
            _bytes = bytes;
            _ascii = bytes.Length == text.Length;
        }

        public int ToChar(int byteOffset)
        {
            byteOffset = Math.Max(0, Math.Min(byteOffset, _bytes.Length));
            if (_ascii)
            {
                return byteOffset;
            }

            if (byteOffset < _byte)
            {
                _byte = 0;
                _char = 0;
            }

            for (; _byte < byteOffset; _byte++)
            {
                var b = _bytes[_byte];
                if ((b & 0xC0) != 0x80)
                {
                    // A lead byte starts a character; one of four bytes starts a surrogate pair (two UTF-16 units).
                    _char += b >= 0xF0 ? 2 : 1;
                }
            }

            return _char;
        }
    }

    /// <summary>The property names of a spec repeat thousands of times: each distinct one becomes one string.</summary>
    private sealed class PropertyNames
    {
        private readonly Dictionary<int, List<(byte[] Utf8, string Name)>> _names = new();

        public string Read(ref Utf8JsonReader reader)
        {
            if (reader.HasValueSequence || reader.ValueIsEscaped)
            {
                return reader.GetString()!;
            }

            var span = reader.ValueSpan;
            var hash = span.Length;
            foreach (var b in span)
            {
                hash = unchecked((hash * 31) + b);
            }

            if (_names.TryGetValue(hash, out var bucket))
            {
                foreach (var (utf8, name) in bucket)
                {
                    if (span.SequenceEqual(utf8))
                    {
                        return name;
                    }
                }
            }
            else
            {
                _names[hash] = bucket = new List<(byte[], string)>(1);
            }

            var text = reader.GetString()!;
            bucket.Add((span.ToArray(), text));
            return text;
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
