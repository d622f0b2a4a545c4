using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TcApi.Build;

/// <summary>
/// A small JSON reader for the few files the build task reads (the catalogue's index, an overlay's header): objects
/// become dictionaries, arrays lists, strings strings, other values their text. MSBuild's engines do not agree on a
/// System.Text.Json the task could load, so it reads its own; malformed text gives null (the generator reports it).
/// Numbers, true, false and null are a <see cref="JsonLiteral"/>, so that only a JSON string is a string.
/// </summary>
internal sealed class JsonLite
{
    private readonly string _text;
    private int _at;

    private JsonLite(string text) => _text = text;

    public static object? Parse(string text)
    {
        try
        {
            var reader = new JsonLite(text);
            var value = reader.Value();
            reader.SkipSpace();
            return reader._at == text.Length ? value : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private object Value()
    {
        SkipSpace();
        if (_at >= _text.Length)
        {
            throw new FormatException();
        }

        switch (_text[_at])
        {
            case '{':
                return Object();
            case '[':
                return Array();
            case '"':
                return String();
            default:
                var start = _at;
                while (_at < _text.Length && ",}] \t\r\n".IndexOf(_text[_at]) < 0)
                {
                    _at++;
                }

                return _at > start ? new JsonLiteral(_text.Substring(start, _at - start)) : throw new FormatException();
        }
    }

    private Dictionary<string, object> Object()
    {
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        _at++;
        SkipSpace();
        if (Peek() == '}')
        {
            _at++;
            return result;
        }

        while (true)
        {
            SkipSpace();
            var key = Peek() == '"' ? String() : throw new FormatException();
            SkipSpace();
            Expect(':');
            result[key] = Value();
            SkipSpace();
            if (Peek() == ',')
            {
                _at++;
                continue;
            }

            Expect('}');
            return result;
        }
    }

    private List<object> Array()
    {
        var result = new List<object>();
        _at++;
        SkipSpace();
        if (Peek() == ']')
        {
            _at++;
            return result;
        }

        while (true)
        {
            result.Add(Value());
            SkipSpace();
            if (Peek() == ',')
            {
                _at++;
                continue;
            }

            Expect(']');
            return result;
        }
    }

    private string String()
    {
        _at++;
        var builder = new StringBuilder();
        while (true)
        {
            var c = _at < _text.Length ? _text[_at++] : throw new FormatException();
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            var escaped = _at < _text.Length ? _text[_at++] : throw new FormatException();
            switch (escaped)
            {
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'r': builder.Append('\r'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'u':
                    if (_at + 4 > _text.Length || !int.TryParse(_text.Substring(_at, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                    {
                        throw new FormatException();
                    }

                    builder.Append((char)code);
                    _at += 4;
                    break;
                default: builder.Append(escaped); break;
            }
        }
    }

    private char Peek() => _at < _text.Length ? _text[_at] : '\0';

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            throw new FormatException();
        }

        _at++;
    }

    private void SkipSpace()
    {
        while (_at < _text.Length && char.IsWhiteSpace(_text[_at]))
        {
            _at++;
        }
    }
}

/// <summary>A number, true, false or null, as written.</summary>
internal sealed class JsonLiteral
{
    public JsonLiteral(string text) => Text = text;

    public string Text { get; }
}
