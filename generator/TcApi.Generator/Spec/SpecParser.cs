using System.Collections.Generic;
using System.Linq;
using System.Threading;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Examples;
using TcApi.Generator.Json;
using TcApi.Generator.Model;

namespace TcApi.Generator.Spec;

/// <summary>
/// Turns one spec (a JSON tree, with its overlays merged in) into a <see cref="ServiceModel"/>, or into diagnostics
/// that name the file, the place and the cause. A spec with any error produces no model, so the emitter never sees
/// half a spec.
/// </summary>
internal sealed partial class SpecParser
{
    public const int FormatVersion = 2;

    private readonly SourceDocument _document;
    private readonly CancellationToken _cancellationToken;
    private readonly List<DiagnosticInfo> _diagnostics = new();

    private SpecParser(SourceDocument document, CancellationToken cancellationToken)
    {
        _document = document;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Parses the tree of a spec whose primary file is <paramref name="document"/>.</summary>
    public static SpecParseResult Parse(SourceDocument document, JsonNode root, CancellationToken cancellationToken)
    {
        var parser = new SpecParser(document, cancellationToken);
        var model = parser.ParseRoot(root);
        return new SpecParseResult(parser._diagnostics.Count == 0 ? model : null, parser._diagnostics.ToEquatableArray());
    }

    private ServiceModel? ParseRoot(JsonNode root)
    {
        if (!ExpectKind(root, JsonNodeKind.Object, "the spec file"))
        {
            return null;
        }

        CheckKeys(root, "the spec file", RootKeys);
        if (!CheckFormatVersion(root, "the spec file"))
        {
            return null;
        }

        var header = ParseHeader(root);
        var enums = ParseEnums(root["enums"]);
        var codes = ParseServiceErrorCodes(root["errorCodes"]);
        var objects = ParseObjects(root["objects"], enums);
        var actions = ParseActions(root, enums, objects, codes);
        if (header is null)
        {
            return null;
        }

        var usage = ObjectUsageAnalysis.Compute(actions, objects.Models);
        var usedObjects = objects.Models.Where(o => usage.ContainsKey(o.Name)).Select(o => o with { Usage = usage[o.Name] }).ToList();
        CheckObjectRules(objects, usage);
        CheckTypeNames(root, header, enums, usedObjects, actions, codes);
        new ExampleChecker(this).CheckAll(root, actions, enums, usedObjects);
        var serviceCodes = codes.Ordered.ToEquatableArray();
        return new ServiceModel(header, enums.Values.ToEquatableArray(), usedObjects.ToEquatableArray(), actions.ToEquatableArray(), serviceCodes);
    }

    /// <summary>Format version 2 reads every version 1 file unchanged but for its number; other numbers are refused.</summary>
    private bool CheckFormatVersion(JsonNode root, string what)
    {
        var version = RequiredInteger(root, "formatVersion", what);
        if (version is { } v && v != FormatVersion)
        {
            Report(DiagnosticDescriptors.UnsupportedFormatVersion, At(root["formatVersion"]!), v.ToString(System.Globalization.CultureInfo.InvariantCulture),
                FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) +
                (v == 1 ? " (a version 1 file is a valid version 2 file: change formatVersion to 2)" : string.Empty));
            return false;
        }

        return version is not null;
    }

    private static readonly string[] RootKeys =
    {
        "$schema", "formatVersion", "service", "serviceTitle", "apiVersion", "endpoint", "endpoints", "namespace", "provenance",
        "enums", "objects", "errorCodes", "actions",
    };
}

/// <summary>The outcome of parsing one spec: a model when it is valid, and its diagnostics.</summary>
internal sealed record SpecParseResult(ServiceModel? Service, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static SpecParseResult Failed(params DiagnosticInfo[] diagnostics) => new(null, diagnostics.ToEquatableArray());
}
