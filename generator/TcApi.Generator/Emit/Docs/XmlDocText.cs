using System.Collections.Generic;
using System.Text;

namespace TcApi.Generator.Emit.Docs;

/// <summary>
/// Turns documentation text as Tencent writes it — plain text, HTML (<c>&lt;p&gt;</c>, <c>&lt;li&gt;</c>,
/// <c>&lt;a href&gt;</c>, entities) or markdown (<c>[text](url)</c>, <c>**bold**</c>, <c>- item</c>) — into the lines of a
/// well-formed XML documentation comment: paragraphs stay paragraphs, lists stay lists and links stay links.
/// Whatever the input, the output is well-formed: tags are rebuilt, never copied.
/// </summary>
internal static class XmlDocText
{
    /// <summary>The XML lines for the content of a <c>&lt;summary&gt;</c> or <c>&lt;para&gt;</c>.</summary>
    public static List<string> ToXmlLines(string text)
    {
        var events = new List<DocEvent>();
        DocTokenizer.Tokenize(Clean(text), events);
        return DocRenderer.Render(events);
    }

    /// <summary>Plain text escaped for XML, on one line: for short texts such as enum value descriptions.</summary>
    public static string Inline(string text)
    {
        var lines = ToXmlLines(text);
        return lines.Count == 1 ? lines[0] : Escape(Clean(text).Replace('\n', ' ').Trim());
    }

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '&': builder.Append("&amp;"); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }

    public static string EscapeAttribute(string text) => Escape(text).Replace("\"", "&quot;");

    /// <summary>Line ends made <c>\n</c>; characters XML cannot hold (controls, lone surrogates) dropped; tabs become spaces.</summary>
    public static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 >= text.Length || text[i + 1] != '\n')
                {
                    builder.Append('\n');
                }
            }
            else if (c == '\t')
            {
                builder.Append(' ');
            }
            else if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(c).Append(text[i + 1]);
                    i++;
                }
            }
            else if (c == '\n' || !(char.IsControl(c) || char.IsLowSurrogate(c) || c is '\uFFFE' or '\uFFFF' or '\u2028' or '\u2029'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
