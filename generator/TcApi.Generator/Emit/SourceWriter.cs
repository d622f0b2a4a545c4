using System.Text;

namespace TcApi.Generator.Emit;

/// <summary>
/// Writes C# source line by line with four-space indentation and <c>\n</c> line ends, laid out as careful hand-written
/// code is: no blank line after an opening brace or before a closing one, never two blank lines in a row, and a blank
/// line after a block that a statement follows.
/// </summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _text = new(4096);
    private int _indent;
    private bool _afterOpen = true;
    private bool _afterBlank = true;
    private bool _afterClose;

    /// <summary>Writes one line at the current indentation; an empty line has no trailing spaces.</summary>
    public SourceWriter Line(string line = "")
    {
        if (line.Length == 0)
        {
            if (!_afterOpen && !_afterBlank)
            {
                _text.Append('\n');
                _afterBlank = true;
            }

            _afterClose = false;
            return this;
        }

        if (_afterClose && !_afterBlank && !ContinuesBlock(line))
        {
            _text.Append('\n');
        }

        _text.Append(' ', _indent * 4).Append(line).Append('\n');
        _afterOpen = line == "{";
        _afterBlank = false;
        _afterClose = false;
        return this;
    }

    private static bool ContinuesBlock(string line) =>
        line[0] is '}' or ')' or ']' or ',' or ';' || line.StartsWith("else", System.StringComparison.Ordinal) ||
        line.StartsWith("catch", System.StringComparison.Ordinal) || line.StartsWith("finally", System.StringComparison.Ordinal) ||
        line.StartsWith("case ", System.StringComparison.Ordinal) || line.StartsWith("default:", System.StringComparison.Ordinal);

    /// <summary>Writes <paramref name="header"/>, an opening brace, and indents.</summary>
    public SourceWriter Open(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return this;
    }

    /// <summary>Unindents and writes a closing brace with an optional suffix (<c>;</c>, <c>,</c>).</summary>
    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        if (_afterBlank && !_afterOpen && _text.Length > 0)
        {
            // No blank line before a closing brace.
            _text.Length--;
        }

        Line("}" + suffix);
        _afterClose = true;
        return this;
    }

    public SourceWriter Indent()
    {
        _indent++;
        return this;
    }

    public SourceWriter Unindent()
    {
        _indent--;
        return this;
    }

    /// <summary>Writes <c>/// </c> doc lines.</summary>
    public SourceWriter Doc(System.Collections.Generic.IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            Line(line.Length == 0 ? "///" : "/// " + line);
        }

        return this;
    }

    /// <summary>Writes the lines another writer produced, each at this writer's indentation plus its own.</summary>
    public SourceWriter Lines(SourceWriter other)
    {
        foreach (var line in other.ToString().TrimEnd('\n').Split('\n'))
        {
            var trimmed = line.TrimStart(' ');
            var depth = (line.Length - trimmed.Length) / 4;
            _indent += depth;
            if (trimmed == "}")
            {
                Line(trimmed);
                _afterClose = true;
            }
            else
            {
                Line(trimmed);
            }

            _indent -= depth;
        }

        return this;
    }

    public override string ToString() => _text.ToString();
}
