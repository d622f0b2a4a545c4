using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Json;
using TcApi.Generator.Model;
using TcApi.Generator.Overlay;

namespace TcApi.Generator.Reading;

/// <summary>An overlay file, read, with the problems of its header. Equal when path and text are.</summary>
internal sealed class OverlaySource : IEquatable<OverlaySource>
{
    private OverlaySource(SourceDocument document, OverlayDocument? overlay, EquatableArray<DiagnosticInfo> diagnostics)
    {
        Document = document;
        Overlay = overlay;
        Diagnostics = diagnostics;
    }

    public SourceDocument Document { get; }

    public OverlayDocument? Overlay { get; }

    public EquatableArray<DiagnosticInfo> Diagnostics { get; }

    public static OverlaySource Read(string path, SourceText text, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var document = new SourceDocument(path, text);
        var diagnostics = new List<DiagnosticInfo>();
        var overlay = OverlayReader.Read(document, diagnostics);
        return new OverlaySource(document, overlay, diagnostics.ToEquatableArray());
    }

    public bool Equals(OverlaySource? other) =>
        other is not null && Document.Path == other.Document.Path &&
        (ReferenceEquals(Document.Text, other.Document.Text) || Document.Text.ContentEquals(other.Document.Text));

    public override bool Equals(object? obj) => Equals(obj as OverlaySource);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Document.Path);
}
