using System.Collections.Generic;
using System.Text;

namespace TcApi.Generator.Emit.Docs;

/// <summary>
/// Renders <see cref="DocEvent"/>s as XML documentation lines: one paragraph as plain text, several as
/// <c>&lt;para&gt;</c>s, lists as <c>&lt;list&gt;</c>s (nested lists flattened). Inline tags are closed at every block
/// boundary and never overlap, so the XML is well-formed whatever the events were.
/// </summary>
internal sealed class DocRenderer
{
    private readonly List<Block> _blocks = new();
    private readonly StringBuilder _run = new();
    private readonly List<InlineKind> _open = new();
    private Block? _list;
    private int _listDepth;
    private int _ignoredLinks;
    private string _linkHref = string.Empty;
    private int _linkStart;

    public static List<string> Render(List<DocEvent> events)
    {
        var renderer = new DocRenderer();
        foreach (var e in events)
        {
            renderer.Apply(e);
        }

        renderer.EndParagraph();
        renderer.EndList();
        return renderer.Lines();
    }

    private void Apply(DocEvent e)
    {
        switch (e.Kind)
        {
            case DocEventKind.Text:
                if (_list is not null && _list.Items.Count == 0 && e.Text.Trim().Length > 0)
                {
                    _list.Items.Add(string.Empty);
                }

                _run.Append(XmlDocText.Escape(_run.Length == 0 ? e.Text.TrimStart() : e.Text));
                break;
            case DocEventKind.LineBreak:
                if (_run.Length > 0 && !EndsWithBreak())
                {
                    CloseInlines();
                    _run.Append("<br/>");
                }

                break;
            case DocEventKind.ParagraphBreak:
                if (_list is not null)
                {
                    goto case DocEventKind.LineBreak;
                }

                EndParagraph();
                break;
            case DocEventKind.ListStart:
                if (_listDepth++ == 0)
                {
                    EndParagraph();
                    _list = new Block(isList: true, numbered: e.Numbered);
                }

                break;
            case DocEventKind.ListEnd:
                if (_listDepth > 0 && --_listDepth == 0)
                {
                    EndList();
                }

                break;
            case DocEventKind.ItemStart:
                if (_list is null)
                {
                    EndParagraph();
                    _list = new Block(isList: true, numbered: false);
                    _listDepth = 1;
                }

                EndItem();
                _list.Items.Add(string.Empty);
                break;
            case DocEventKind.InlineOpen:
                Open(e);
                break;
            case DocEventKind.InlineClose:
                Close(e.Inline);
                break;
        }
    }

    private void Open(DocEvent e)
    {
        if (_open.Contains(e.Inline))
        {
            if (e.Inline == InlineKind.Link)
            {
                _ignoredLinks++;
            }

            return;
        }

        _open.Add(e.Inline);
        if (e.Inline == InlineKind.Link)
        {
            _linkHref = e.Text;
        }

        _run.Append(e.Inline switch
        {
            InlineKind.Bold => "<b>",
            InlineKind.Italic => "<i>",
            InlineKind.Code => "<c>",
            _ => "<see href=\"" + XmlDocText.EscapeAttribute(e.Text) + "\">",
        });
        _linkStart = _run.Length;
    }

    private void Close(InlineKind kind)
    {
        if (kind == InlineKind.Link && _ignoredLinks > 0)
        {
            _ignoredLinks--;
            return;
        }

        var at = _open.LastIndexOf(kind);
        if (at < 0)
        {
            return;
        }

        while (_open.Count > at)
        {
            CloseLast();
        }
    }

    private void CloseInlines()
    {
        while (_open.Count > 0)
        {
            CloseLast();
        }

        _ignoredLinks = 0;
    }

    private void CloseLast()
    {
        var kind = _open[_open.Count - 1];
        _open.RemoveAt(_open.Count - 1);
        if (kind == InlineKind.Link && _run.Length == _linkStart)
        {
            // A link without text shows its address.
            _run.Append(XmlDocText.Escape(_linkHref));
        }

        _run.Append(kind switch
        {
            InlineKind.Bold => "</b>",
            InlineKind.Italic => "</i>",
            InlineKind.Code => "</c>",
            _ => "</see>",
        });
    }

    private bool EndsWithBreak() => _run.Length >= 5 && _run.ToString(_run.Length - 5, 5) == "<br/>";

    private string TakeRun()
    {
        CloseInlines();
        var text = _run.ToString().Trim();
        _run.Clear();
        while (text.EndsWith("<br/>", System.StringComparison.Ordinal))
        {
            text = text.Substring(0, text.Length - 5).TrimEnd();
        }

        while (text.StartsWith("<br/>", System.StringComparison.Ordinal))
        {
            text = text.Substring(5).TrimStart();
        }

        return text;
    }

    private void EndItem()
    {
        if (_list is { Items.Count: > 0 })
        {
            _list.Items[_list.Items.Count - 1] += TakeRun();
        }
    }

    private void EndParagraph()
    {
        if (_list is not null)
        {
            return;
        }

        var text = TakeRun();
        if (text.Length > 0)
        {
            _blocks.Add(new Block(text));
        }
    }

    private void EndList()
    {
        if (_list is null)
        {
            return;
        }

        EndItem();
        _list.Items.RemoveAll(item => item.Length == 0);
        if (_list.Items.Count > 0)
        {
            _blocks.Add(_list);
        }

        _list = null;
        _listDepth = 0;
    }

    private List<string> Lines()
    {
        var lines = new List<string>();
        if (_blocks.Count == 1 && !_blocks[0].IsList)
        {
            lines.Add(_blocks[0].Text);
            return lines;
        }

        foreach (var block in _blocks)
        {
            if (!block.IsList)
            {
                lines.Add("<para>" + block.Text + "</para>");
                continue;
            }

            lines.Add(block.Numbered ? "<list type=\"number\">" : "<list type=\"bullet\">");
            foreach (var item in block.Items)
            {
                lines.Add("<item><description>" + item + "</description></item>");
            }

            lines.Add("</list>");
        }

        return lines;
    }

    private sealed class Block
    {
        public Block(string text) => Text = text;

        public Block(bool isList, bool numbered)
        {
            IsList = isList;
            Numbered = numbered;
        }

        public string Text { get; } = string.Empty;

        public bool IsList { get; }

        public bool Numbered { get; }

        public List<string> Items { get; } = new();
    }
}
