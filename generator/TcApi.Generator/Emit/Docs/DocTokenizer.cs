using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TcApi.Generator.Emit.Docs;

/// <summary>Reads HTML tags, entities and the markdown Tencent's documentation uses into <see cref="DocEvent"/>s.</summary>
internal static class DocTokenizer
{
    public static void Tokenize(string text, List<DocEvent> events)
    {
        var markdown = new MarkdownLines(events);
        var run = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '<' && TryReadTag(text, i, out var tag, out var end))
            {
                markdown.Text(run.ToString());
                run.Clear();
                Tag(tag, events, markdown);
                i = end;
            }
            else if (c == '&' && TryReadEntity(text, i, out var decoded, out end))
            {
                run.Append(decoded);
                i = end;
            }
            else
            {
                run.Append(c);
                i++;
            }
        }

        markdown.Text(run.ToString());
        markdown.End();
    }

    private static void Tag(HtmlTag tag, List<DocEvent> events, MarkdownLines markdown)
    {
        switch (tag.Name)
        {
            case "p" or "div" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "table" or "tr" or "section" or "blockquote" or "pre" or "hr":
                markdown.End();
                events.Add(new DocEvent(DocEventKind.ParagraphBreak));
                break;
            case "br":
                events.Add(new DocEvent(DocEventKind.LineBreak));
                markdown.LineStart();
                break;
            case "ul" or "ol":
                markdown.End();
                events.Add(new DocEvent(tag.Closing ? DocEventKind.ListEnd : DocEventKind.ListStart, numbered: tag.Name == "ol"));
                break;
            case "li" when !tag.Closing:
                events.Add(new DocEvent(DocEventKind.ItemStart));
                markdown.LineStart();
                break;
            case "td" or "th" when tag.Closing:
                events.Add(new DocEvent(DocEventKind.Text, " | "));
                break;
            case "b" or "strong":
                events.Add(new DocEvent(tag.Closing ? DocEventKind.InlineClose : DocEventKind.InlineOpen, inline: InlineKind.Bold));
                break;
            case "i" or "em":
                events.Add(new DocEvent(tag.Closing ? DocEventKind.InlineClose : DocEventKind.InlineOpen, inline: InlineKind.Italic));
                break;
            case "code":
                events.Add(new DocEvent(tag.Closing ? DocEventKind.InlineClose : DocEventKind.InlineOpen, inline: InlineKind.Code));
                break;
            case "a" when tag.Closing:
                events.Add(new DocEvent(DocEventKind.InlineClose, inline: InlineKind.Link));
                break;
            case "a" when tag.Href is { } href:
                events.Add(new DocEvent(DocEventKind.InlineOpen, href, InlineKind.Link));
                break;
        }
    }

    private readonly struct HtmlTag
    {
        public HtmlTag(string name, bool closing, string? href)
        {
            Name = name;
            Closing = closing;
            Href = href;
        }

        public string Name { get; }

        public bool Closing { get; }

        public string? Href { get; }
    }

    /// <summary>A tag is <c>&lt;name ...&gt;</c> or <c>&lt;/name&gt;</c> with a letter first; anything else is text.</summary>
    private static bool TryReadTag(string text, int start, out HtmlTag tag, out int end)
    {
        tag = default;
        end = start;
        var i = start + 1;
        var closing = i < text.Length && text[i] == '/';
        if (closing)
        {
            i++;
        }

        var nameStart = i;
        while (i < text.Length && i - nameStart < 12 && (char.IsLetter(text[i]) && text[i] < 128 || (i > nameStart && char.IsDigit(text[i]))))
        {
            i++;
        }

        if (i == nameStart || i >= text.Length || !(text[i] is '>' or '/' || char.IsWhiteSpace(text[i])))
        {
            return false;
        }

        var close = text.IndexOf('>', i);
        var reopen = text.IndexOf('<', i);
        if (close < 0 || (reopen >= 0 && reopen < close) || close - i > 500)
        {
            return false;
        }

        var name = text.Substring(nameStart, i - nameStart).ToLowerInvariant();
        string? href = null;
        if (name == "a" && !closing)
        {
            href = Attribute(text.Substring(i, close - i), "href");
        }

        tag = new HtmlTag(name, closing, href);
        end = close + 1;
        return true;
    }

    private static string? Attribute(string attributes, string name)
    {
        var at = attributes.IndexOf(name + "=", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var i = at + name.Length + 1;
        if (i >= attributes.Length)
        {
            return null;
        }

        var quote = attributes[i];
        if (quote is '"' or '\'')
        {
            var close = attributes.IndexOf(quote, i + 1);
            return close < 0 ? null : Decode(attributes.Substring(i + 1, close - i - 1));
        }

        var stop = i;
        while (stop < attributes.Length && !char.IsWhiteSpace(attributes[stop]) && attributes[stop] != '/')
        {
            stop++;
        }

        return Decode(attributes.Substring(i, stop - i));
    }

    private static string Decode(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            if (text[i] == '&' && TryReadEntity(text, i, out var decoded, out var end))
            {
                builder.Append(decoded);
                i = end;
            }
            else
            {
                builder.Append(text[i++]);
            }
        }

        return builder.ToString();
    }

    private static readonly Dictionary<string, string> NamedEntities = new(StringComparer.Ordinal)
    {
        ["lt"] = "<",
        ["gt"] = ">",
        ["amp"] = "&",
        ["quot"] = "\"",
        ["apos"] = "'",
        ["nbsp"] = " ",
        ["ensp"] = " ",
        ["emsp"] = " ",
        ["mdash"] = "—",
        ["ndash"] = "–",
        ["hellip"] = "…",
        ["middot"] = "·",
        ["lsquo"] = "‘",
        ["rsquo"] = "’",
        ["ldquo"] = "“",
        ["rdquo"] = "”",
        ["times"] = "×",
        ["le"] = "≤",
        ["ge"] = "≥",
    };

    private static bool TryReadEntity(string text, int start, out string decoded, out int end)
    {
        decoded = string.Empty;
        end = start;
        var semicolon = text.IndexOf(';', start + 1);
        if (semicolon < 0 || semicolon - start > 10)
        {
            return false;
        }

        var body = text.Substring(start + 1, semicolon - start - 1);
        if (NamedEntities.TryGetValue(body, out var named))
        {
            decoded = named;
        }
        else if (body.Length > 1 && body[0] == '#')
        {
            var hex = body[1] is 'x' or 'X';
            var digits = body.Substring(hex ? 2 : 1);
            if (!int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code) ||
                code <= 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            {
                return false;
            }

            decoded = XmlDocText.Clean(char.ConvertFromUtf32(code));
        }
        else
        {
            return false;
        }

        end = semicolon + 1;
        return true;
    }
}
