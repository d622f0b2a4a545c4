using System.Linq;
using TcApi.Generator.Json;
using TcApi.Generator.Model;
using TcApi.Generator.Diagnostics;

namespace TcApi.Generator.Spec;

internal sealed partial class SpecParser
{
    private ServiceHeader? ParseHeader(JsonNode root)
    {
        var service = RequiredString(root, "service", "the spec file");
        var apiVersion = RequiredString(root, "apiVersion", "the spec file");
        var endpoint = RequiredString(root, "endpoint", "the spec file");
        var ns = RequiredString(root, "namespace", "the spec file");
        var title = OptionalString(root, "serviceTitle", "the spec file");
        var provenance = ParseFileProvenance(root["provenance"]);
        var (regional, international) = ParseEndpoints(root["endpoints"]);
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

        var fileName = System.IO.Path.GetFileName(_document.Path);
        return new ServiceHeader(service, CSharpNames.Pascal(service), title ?? service, apiVersion, endpoint, regional, international, ns, provenance, fileName);
    }

    /// <summary>The regional host pattern (with <c>{region}</c>) and the international site's host.</summary>
    private (string? Regional, string? International) ParseEndpoints(JsonNode? node)
    {
        if (node is null || !ExpectKind(node, JsonNodeKind.Object, "endpoints"))
        {
            return (null, null);
        }

        CheckKeys(node, "endpoints", "regional", "international");
        var regional = OptionalString(node, "regional", "endpoints");
        var international = OptionalString(node, "international", "endpoints");
        if (regional is not null && (!regional.Contains("{region}") || !IsHostName(regional.Replace("{region}", "r"))))
        {
            Report(DiagnosticDescriptors.InvalidValue, At(node["regional"]!), "endpoints: regional", "a regional endpoint is a host name with {region}, e.g. cvm.{region}.tencentcloudapi.com");
            regional = null;
        }

        if (international is not null && !IsHostName(international))
        {
            Report(DiagnosticDescriptors.InvalidValue, At(node["international"]!), "endpoints: international", "an endpoint is a host name such as cvm.intl.tencentcloudapi.com");
            international = null;
        }

        return (regional, international);
    }

    private string? ParseFileProvenance(JsonNode? node)
    {
        if (node is null || !ExpectKind(node, JsonNodeKind.Object, "provenance"))
        {
            return null;
        }

        CheckKeys(node, "provenance", "documentation", "repository", "commit", "path", "retrieved", "license", "note", "sources");
        var documentation = OptionalString(node, "documentation", "provenance");
        var repository = OptionalString(node, "repository", "provenance");
        var commit = OptionalString(node, "commit", "provenance");
        OptionalString(node, "license", "provenance");
        if (node["sources"] is { } sources && ExpectKind(sources, JsonNodeKind.Array, "provenance: sources"))
        {
            foreach (var source in sources.Items)
            {
                if (ExpectKind(source, JsonNodeKind.Object, "a source of provenance"))
                {
                    CheckKeys(source, "a source of provenance", "what", "repository", "commit", "path", "license");
                    RequiredString(source, "what", "a source of provenance");
                    RequiredString(source, "repository", "a source of provenance");
                    RequiredString(source, "commit", "a source of provenance");
                }
            }
        }

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
}
