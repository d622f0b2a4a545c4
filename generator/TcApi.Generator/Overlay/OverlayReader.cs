using System.Collections.Generic;
using System.Linq;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Json;

namespace TcApi.Generator.Overlay;

/// <summary>Reads an overlay file's header: which service version it refines. Its entries are checked when merged.</summary>
internal static class OverlayReader
{
    public static readonly string[] RootKeys =
    {
        "$schema", "formatVersion", "service", "apiVersion", "provenance", "serviceTitle", "namespace", "endpoint", "endpoints",
        "enums", "errorCodes", "objects", "actions",
    };

    public static OverlayDocument? Read(SourceDocument document, List<DiagnosticInfo> diagnostics)
    {
        var json = JsonTreeReader.Read(document);
        if (json.Root is not { } root)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidJson, document.Locate(json.ErrorOffset, json.ErrorOffset), json.Error!));
            return null;
        }

        if (root.Kind != JsonNodeKind.Object)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongValueType, Where(root), "the overlay file", "an object, not " + root.Describe()));
            return null;
        }

        var before = diagnostics.Count;
        OverlayKeys.Check(root, "the overlay file", RootKeys, diagnostics);
        var version = root["formatVersion"];
        if (version is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingKey, Where(root), "formatVersion", "the overlay file"));
        }
        else if (version.Kind != JsonNodeKind.Number || version.Text != "2")
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedFormatVersion, Where(version), version.Text, "2"));
        }

        var service = RequiredString(root, "service", diagnostics);
        var apiVersion = RequiredString(root, "apiVersion", diagnostics);
        return diagnostics.Count == before && service is not null && apiVersion is not null
            ? new OverlayDocument(document, root, service, apiVersion)
            : null;
    }

    private static string? RequiredString(JsonNode root, string key, List<DiagnosticInfo> diagnostics)
    {
        switch (root[key])
        {
            case null:
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingKey, Where(root), key, "the overlay file"));
                return null;
            case { Kind: JsonNodeKind.String } node when node.Text.Length > 0:
                return node.Text;
            case var node:
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongValueType, Where(node), key, "a non-empty string"));
                return null;
        }
    }

    public static LocationInfo Where(JsonNode node) =>
        node.Kind is JsonNodeKind.Object or JsonNodeKind.Array ? node.Document.Locate(node.Start, node.Start + 1) : node.Document.Locate(node.Start, node.End);
}

/// <summary>Key checks for overlay objects, reported in the overlay file.</summary>
internal static class OverlayKeys
{
    public static void Check(JsonNode node, string what, string[] allowed, List<DiagnosticInfo> diagnostics)
    {
        foreach (var property in node.Properties)
        {
            if (System.Array.IndexOf(allowed, property.Name) < 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownKey, AtKey(property), property.Name, what,
                    string.Join(", ", allowed.Where(k => k != "$schema"))));
            }
        }

        foreach (var duplicate in node.DuplicateKeys)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateKey, AtKey(duplicate), duplicate.Name));
        }
    }

    public static LocationInfo AtKey(JsonProperty property) => property.Value.Document.Locate(property.NameStart, property.NameEnd);
}
