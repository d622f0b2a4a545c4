using System;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Json;
using TcApi.Generator.Model;

namespace TcApi.Generator.Reading;

/// <summary>
/// A spec's text and its JSON tree, read once. Two sources are equal when path and text are: the tree is derived
/// from the text and kept so an overlay edit does not read the (large) base spec again.
/// </summary>
internal sealed class SpecSource : IEquatable<SpecSource>
{
    private SpecSource(SourceDocument document, JsonNode? root, DiagnosticInfo? readError, EquatableArray<string> actions = default)
    {
        Document = document;
        Actions = actions;
        Root = root;
        ReadError = readError;
        Service = root?["service"] is { Kind: JsonNodeKind.String } service ? service.Text : null;
        ApiVersion = root?["apiVersion"] is { Kind: JsonNodeKind.String } version ? version.Text : null;
    }

    public SourceDocument Document { get; }

    public string Path => Document.Path;

    public JsonNode? Root { get; }

    public DiagnosticInfo? ReadError { get; }

    public string? Service { get; }

    public string? ApiVersion { get; }

    /// <summary>The actions a catalogue selection keeps (empty: every action).</summary>
    public EquatableArray<string> Actions { get; }

    /// <summary>The same spec, of which only <paramref name="actions"/> and what they reach are generated.</summary>
    public SpecSource WithActions(EquatableArray<string> actions) => new(Document, Root, ReadError, actions);

    public static SpecSource Read(string path, SourceText text, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var document = new SourceDocument(path, text);
        var json = JsonTreeReader.Read(document);
        return json.Root is null
            ? new SpecSource(document, null, DiagnosticInfo.Create(DiagnosticDescriptors.InvalidJson, document.Locate(json.ErrorOffset, json.ErrorOffset), json.Error!))
            : new SpecSource(document, json.Root, null);
    }

    public bool Equals(SpecSource? other) =>
        other is not null && Path == other.Path && Actions.Equals(other.Actions) &&
        (ReferenceEquals(Document.Text, other.Document.Text) || Document.Text.ContentEquals(other.Document.Text));

    public override bool Equals(object? obj) => Equals(obj as SpecSource);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path);
}
