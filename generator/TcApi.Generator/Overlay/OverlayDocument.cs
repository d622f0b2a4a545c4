using TcApi.Generator.Json;

namespace TcApi.Generator.Overlay;

/// <summary>An overlay file, read: the service version it refines and its JSON tree.</summary>
internal sealed class OverlayDocument
{
    public OverlayDocument(SourceDocument document, JsonNode root, string service, string apiVersion)
    {
        Document = document;
        Root = root;
        Service = service;
        ApiVersion = apiVersion;
    }

    public SourceDocument Document { get; }

    public JsonNode Root { get; }

    public string Service { get; }

    public string ApiVersion { get; }

    public bool Refines(string service, string apiVersion) => Service == service && ApiVersion == apiVersion;
}
