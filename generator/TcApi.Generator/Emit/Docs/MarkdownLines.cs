using System.Collections.Generic;
using System.Text;

namespace TcApi.Generator.Emit.Docs;

/// <summary>
/// Turns the plain text between tags into events: blank lines end paragraphs, single line ends break lines, lines
/// that start with a bullet or a number make list items, and <c>[text](url)</c>, <c>**bold**</c>, <c>`code`</c> and
/// bare addresses become inline formatting.
/// </summary>
internal sealed class MarkdownLines
{
    private readonly List<DocEvent> _events;
    private bool _inList;
    private bool _lineStart = true;
    private int _breaksSinceText;

    public MarkdownLines(List<DocEvent> events) => _events = events;

    public void Text(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                Newline(lines[i]);
                _lineStart = true;
            }

            Line(lines[i]);
        }
    }

    /// <summary>Closes a list made of markdown items (an HTML block starts, or the text ends).</summary>
    public void End()
    {
        if (_inList)
        {
            _events.Add(new DocEvent(DocEventKind.ListEnd));
            _inList = false;
        }

        _lineStart = true;
    }

    /// <summary>An HTML line break: what follows starts a line.</summary>
    public void LineStart() => _lineStart = true;

    private void Newline(string nextLine)
    {
        _breaksSinceText++;
        var trimmed = nextLine.TrimStart();
        if (trimmed.Length == 0)
        {
            return;
        }

        if (_breaksSinceText >= 2)
        {
            End();
            _events.Add(new DocEvent(DocEventKind.ParagraphBreak));
        }
        else if (!IsBullet(trimmed, out _, out _))
        {
            if (_inList)
            {
                End();
                _events.Add(new DocEvent(DocEventKind.ParagraphBreak));
            }
            else
            {
                _events.Add(new DocEvent(DocEventKind.LineBreak));
            }
        }
    }

    private void Line(string line)
    {
        if (line.Trim().Length == 0)
        {
            return;
        }

        _breaksSinceText = 0;
        var content = line;
        if (_lineStart)
        {
            var trimmed = line.TrimStart();
            if (IsBullet(trimmed, out var skip, out var numbered))
            {
                if (!_inList)
                {
                    _events.Add(new DocEvent(DocEventKind.ListStart, numbered: numbered));
                    _inList = true;
                }

                _events.Add(new DocEvent(DocEventKind.ItemStart));
                content = trimmed.Substring(skip);
            }
        }

        _lineStart = false;
        Inline(content);
    }

    private static bool IsBullet(string line, out int skip, out bool numbered)
    {
        skip = 0;
        numbered = false;
        if (line.Length >= 2 && line[0] is '-' or '*' or '•' or '·' && line[1] == ' ')
        {
            skip = 2;
            return true;
        }

        if (line.Length >= 1 && line[0] == '•')
        {
            skip = 1;
            return true;
        }

        var digits = 0;
        while (digits < line.Length && digits < 3 && char.IsDigit(line[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits + 1 < line.Length && line[digits] is '.' or '、' or ')' && line[digits + 1] == ' ')
        {
            skip = digits + 2;
            numbered = true;
            return true;
        }

        return false;
    }

    /// <summary>Inline markdown and bare addresses within one line.</summary>
    private void Inline(string text)
    {
        var run = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '[' && TryLink(text, i, out var label, out var url, out var end))
            {
                Flush(run);
                _events.Add(new DocEvent(DocEventKind.InlineOpen, url, InlineKind.Link));
                _events.Add(new DocEvent(DocEventKind.Text, label));
                _events.Add(new DocEvent(DocEventKind.InlineClose, inline: InlineKind.Link));
                i = end;
            }
            else if (text[i] == '*' && i + 1 < text.Length && text[i + 1] == '*' && Closing(text, i + 2, "**") is var boldEnd && boldEnd > i + 2)
            {
                Flush(run);
                Wrapped(InlineKind.Bold, text.Substring(i + 2, boldEnd - i - 2));
                i = boldEnd + 2;
            }
            else if (text[i] == '`' && Closing(text, i + 1, "`") is var codeEnd && codeEnd > i + 1)
            {
                Flush(run);
                Wrapped(InlineKind.Code, text.Substring(i + 1, codeEnd - i - 1));
                i = codeEnd + 1;
            }
            else if ((text[i] == 'h') && IsAddressStart(text, i) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                var stop = i;
                while (stop < text.Length && IsAddressChar(text[stop]))
                {
                    stop++;
                }

                while (stop > i && text[stop - 1] is '.' or ',' or ';' or ':')
                {
                    stop--;
                }

                Flush(run);
                var address = text.Substring(i, stop - i);
                _events.Add(new DocEvent(DocEventKind.InlineOpen, address, InlineKind.Link));
                _events.Add(new DocEvent(DocEventKind.Text, address));
                _events.Add(new DocEvent(DocEventKind.InlineClose, inline: InlineKind.Link));
                i = stop;
            }
            else
            {
                run.Append(text[i++]);
            }
        }

        Flush(run);
    }

    private void Wrapped(InlineKind kind, string text)
    {
        _events.Add(new DocEvent(DocEventKind.InlineOpen, inline: kind));
        _events.Add(new DocEvent(DocEventKind.Text, text));
        _events.Add(new DocEvent(DocEventKind.InlineClose, inline: kind));
    }

    private void Flush(StringBuilder run)
    {
        if (run.Length > 0)
        {
            _events.Add(new DocEvent(DocEventKind.Text, run.ToString()));
            run.Clear();
        }
    }

    private static int Closing(string text, int from, string marker)
    {
        var at = text.IndexOf(marker, from, System.StringComparison.Ordinal);
        return at < 0 || at - from > 200 ? -1 : at;
    }

    private static bool TryLink(string text, int start, out string label, out string url, out int end)
    {
        label = url = string.Empty;
        end = start;
        var close = text.IndexOf(']', start + 1);
        if (close < 0 || close + 1 >= text.Length || text[close + 1] != '(' || close - start > 300)
        {
            return false;
        }

        var paren = text.IndexOf(')', close + 2);
        if (paren < 0 || !IsAddressStart(text, close + 2) && !text.Substring(close + 2).StartsWith("/", System.StringComparison.Ordinal))
        {
            return false;
        }

        label = text.Substring(start + 1, close - start - 1);
        url = text.Substring(close + 2, paren - close - 2).Trim();
        if (url.Length == 0 || url.IndexOf(' ') >= 0)
        {
            return false;
        }

        if (url.StartsWith("/", System.StringComparison.Ordinal))
        {
            url = "https://cloud.tencent.com" + url;
        }

        end = paren + 1;
        return true;
    }

    private static bool IsAddressStart(string text, int i) =>
        string.CompareOrdinal(text, i, "https://", 0, 8) == 0 || string.CompareOrdinal(text, i, "http://", 0, 7) == 0;

    private static bool IsAddressChar(char c) =>
        c < 128 && !char.IsWhiteSpace(c) && c is not ('"' or '\'' or '<' or '>' or '(' or ')' or '[' or ']' or '{' or '}' or '|' or '`');
}
