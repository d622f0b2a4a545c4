using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Json;
using TcApi.Generator.Model;

namespace TcApi.Generator.Spec;

/// <summary>
/// Turns one spec file into a <see cref="ServiceModel"/>, or into diagnostics that name the place and the cause.
/// A spec with any error produces no model, so the emitter never sees half a spec.
/// </summary>
internal sealed partial class SpecParser
{
    public const int FormatVersion = 1;

    private readonly string _path;
    private readonly SourceText _text;
    private readonly CancellationToken _cancellationToken;
    private readonly List<DiagnosticInfo> _diagnostics = new();

    private SpecParser(string path, SourceText text, CancellationToken cancellationToken)
    {
        _path = path;
        _text = text;
        _cancellationToken = cancellationToken;
    }

    public static SpecParseResult Parse(string path, SourceText text, CancellationToken cancellationToken)
    {
        var parser = new SpecParser(path, text, cancellationToken);
        var model = parser.ParseFile();
        return new SpecParseResult(parser._diagnostics.Count == 0 ? model : null, parser._diagnostics.ToEquatableArray());
    }

    private ServiceModel? ParseFile()
    {
        var json = JsonTreeReader.Read(_text.ToString());
        if (json.Root is null)
        {
            Report(DiagnosticDescriptors.InvalidJson, At(json.ErrorOffset, json.ErrorOffset), json.Error!);
            return null;
        }

        var root = json.Root;
        if (!ExpectKind(root, JsonNodeKind.Object, "the spec file"))
        {
            return null;
        }

        CheckKeys(root, "the spec file", RootKeys);
        var version = RequiredInteger(root, "formatVersion", "the spec file");
        if (version is { } v && v != FormatVersion)
        {
            Report(DiagnosticDescriptors.UnsupportedFormatVersion, At(root["formatVersion"]!), v.ToString(), FormatVersion.ToString());
            return null;
        }

        var header = ParseHeader(root);
        var enums = ParseEnums(root["enums"]);
        var actions = ParseActions(root, header, enums);
        var codes = CollectServiceErrorCodes(actions);
        if (header is null)
        {
            return null;
        }

        CheckTypeNames(root, header, enums, actions);
        return new ServiceModel(header, enums.Values.ToEquatableArray(), actions.ToEquatableArray(), codes);
    }

    private ServiceHeader? ParseHeader(JsonNode root)
    {
        var service = RequiredString(root, "service", "the spec file");
        var apiVersion = RequiredString(root, "apiVersion", "the spec file");
        var endpoint = RequiredString(root, "endpoint", "the spec file");
        var ns = RequiredString(root, "namespace", "the spec file");
        var title = OptionalString(root, "serviceTitle", "the spec file");
        var provenance = ParseFileProvenance(root["provenance"]);
        if (root["provenance"] is null)
        {
            Report(DiagnosticDescriptors.MissingKey, At(root, headOnly: true), "provenance", "the spec file");
        }

        if (service is not null && !IsServiceName(service))
        {
            Report(DiagnosticDescriptors.InvalidValue, At(root["service"]!), "service", "a service name is lowercase letters and digits, starting with a letter (e.g. gaap)");
            service = null;
        }

        if (apiVersion is not null && !IsApiVersion(apiVersion))
        {
            Report(DiagnosticDescriptors.InvalidValue, At(root["apiVersion"]!), "apiVersion", "an API version is a date, yyyy-MM-dd");
            apiVersion = null;
        }

        if (endpoint is not null && !IsHostName(endpoint))
        {
            Report(DiagnosticDescriptors.InvalidValue, At(root["endpoint"]!), "endpoint", "an endpoint is a host name such as gaap.tencentcloudapi.com, without scheme or path");
            endpoint = null;
        }

        if (ns is not null && !CSharpNames.IsNamespace(ns))
        {
            Report(DiagnosticDescriptors.InvalidIdentifier, At(root["namespace"]!), ns, "namespace");
            ns = null;
        }

        if (service is null || apiVersion is null || endpoint is null || ns is null || provenance is null)
        {
            return null;
        }

        var fileName = System.IO.Path.GetFileName(_path);
        return new ServiceHeader(service, CSharpNames.Pascal(service), title ?? service, apiVersion, endpoint, ns, provenance, fileName);
    }

    private string? ParseFileProvenance(JsonNode? node)
    {
        if (node is null || !ExpectKind(node, JsonNodeKind.Object, "provenance"))
        {
            return null;
        }

        CheckKeys(node, "provenance", "documentation", "repository", "commit", "path", "retrieved", "note");
        var documentation = OptionalString(node, "documentation", "provenance");
        var repository = OptionalString(node, "repository", "provenance");
        var commit = OptionalString(node, "commit", "provenance");
        if (documentation is null && (repository is null || commit is null))
        {
            Report(DiagnosticDescriptors.InvalidValue, At(node, headOnly: true), "provenance", "give a documentation address, or a repository and a commit");
            return null;
        }

        return documentation ?? $"{repository}@{commit}";
    }

    private static bool IsServiceName(string text) =>
        text.Length > 0 && char.IsLower(text[0]) && text.All(c => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));

    private static bool IsApiVersion(string text) =>
        text.Length == 10 && text[4] == '-' && text[7] == '-' &&
        text.Where((c, i) => i != 4 && i != 7).All(c => c >= '0' && c <= '9');

    private static bool IsHostName(string text) =>
        text.Length > 0 && text.Split('.').All(label => label.Length > 0 && label.All(c => char.IsLetterOrDigit(c) || c == '-'));

    private static readonly string[] RootKeys =
    {
        "$schema", "formatVersion", "service", "serviceTitle", "apiVersion", "endpoint", "namespace", "provenance", "enums", "actions",
    };
}

/// <summary>The outcome of parsing one spec file: a model when it is valid, and its diagnostics.</summary>
internal sealed record SpecParseResult(ServiceModel? Service, EquatableArray<DiagnosticInfo> Diagnostics);
