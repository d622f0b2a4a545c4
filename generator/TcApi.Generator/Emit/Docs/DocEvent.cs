namespace TcApi.Generator.Emit.Docs;

internal enum DocEventKind
{
    Text,
    LineBreak,
    ParagraphBreak,
    ListStart,
    ListEnd,
    ItemStart,
    InlineOpen,
    InlineClose,
}

internal enum InlineKind
{
    Bold,
    Italic,
    Code,
    Link,
}

/// <summary>One step of a document: text, a break, the start or end of a list or item, or of inline formatting.</summary>
internal readonly struct DocEvent
{
    public DocEvent(DocEventKind kind, string text = "", InlineKind inline = InlineKind.Bold, bool numbered = false)
    {
        Kind = kind;
        Text = text;
        Inline = inline;
        Numbered = numbered;
    }

    public DocEventKind Kind { get; }

    /// <summary>The text, or a link's address.</summary>
    public string Text { get; }

    public InlineKind Inline { get; }

    public bool Numbered { get; }
}
