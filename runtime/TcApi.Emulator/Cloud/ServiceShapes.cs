using System.IO.Compression;
using System.Text.Json;

namespace TcApi.Emulator.Cloud;

/// <summary>
/// One service version as the local cloud knows it: every action's request and response members with their types and
/// constraints, the objects and enumerations they name, the documented rate limits and the published examples. Read
/// from the gzip'd resource <c>tcapi cloud</c> wrote (no documentation in it).
/// </summary>
public sealed class ServiceShapes
{
    private readonly JsonDocument _document;

    private ServiceShapes(JsonDocument document)
    {
        _document = document;
        var root = document.RootElement;
        Service = root.GetProperty("service").GetString()!;
        Version = root.GetProperty("apiVersion").GetString()!;
        Host = root.TryGetProperty("endpoint", out var endpoint) ? endpoint.GetString()! : $"{Service}.tencentcloudapi.com";
        if (root.TryGetProperty("objects", out var objects))
        {
            foreach (var obj in objects.EnumerateArray())
            {
                Objects[obj.GetProperty("name").GetString()!] = obj.TryGetProperty("members", out var members) ? members : default;
            }
        }

        if (root.TryGetProperty("enums", out var enums))
        {
            foreach (var e in enums.EnumerateArray())
            {
                Enums[e.GetProperty("name").GetString()!] = e;
            }
        }

        foreach (var action in root.GetProperty("actions").EnumerateArray())
        {
            var shape = new ActionShape(this, action);
            Actions[shape.Name] = shape;
        }
    }

    /// <summary>The service of the credential scope, e.g. <c>cvm</c>.</summary>
    public string Service { get; }

    /// <summary>The API version, e.g. <c>2017-03-12</c>.</summary>
    public string Version { get; }

    /// <summary>The service's host, e.g. <c>cvm.tencentcloudapi.com</c>.</summary>
    public string Host { get; }

    /// <summary>The actions by name.</summary>
    public Dictionary<string, ActionShape> Actions { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, JsonElement> Objects { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, JsonElement> Enums { get; } = new(StringComparer.Ordinal);

    /// <summary>Reads a resource written by <c>tcapi cloud</c>.</summary>
    public static ServiceShapes Read(Stream gzip)
    {
        using var unzip = new GZipStream(gzip, CompressionMode.Decompress);
        return new ServiceShapes(JsonDocument.Parse(unzip));
    }

    /// <inheritdoc />
    public override string ToString() => $"{Service}@{Version}";

    internal JsonElement Root => _document.RootElement;
}

/// <summary>One action: its members, its rate limit and its published examples.</summary>
public sealed class ActionShape
{
    private readonly Lazy<IReadOnlyList<PreparedExample>> _prepared;

    internal ActionShape(ServiceShapes service, JsonElement action)
    {
        Service = service;
        Name = action.GetProperty("name").GetString()!;
        Input = action.TryGetProperty("input", out var input) ? input : default;
        Output = action.TryGetProperty("output", out var output) ? output : default;
        if (action.TryGetProperty("rateLimit", out var rate) && rate.TryGetProperty("requestsPerSecond", out var perSecond))
        {
            RateLimitPerSecond = perSecond.GetInt32();
        }

        if (action.TryGetProperty("examples", out var examples))
        {
            Examples = examples.EnumerateArray().ToList();
        }

        if (action.TryGetProperty("streaming", out var streaming) && streaming.TryGetProperty("value", out var streams) && streams.ValueKind == JsonValueKind.True)
        {
            Streams = true;
            StreamFlag = streaming.TryGetProperty("requestFlag", out var flag) ? flag.GetString() : null;
        }

        // The spec's clientToken key (spec/contract/SpecNames.cs): false, or the member that carries the key.
        if (action.TryGetProperty("clientToken", out var token) && token.ValueKind == JsonValueKind.Object && token.TryGetProperty("member", out var member))
        {
            ClientTokenMember = member.GetString();
        }

        _prepared = new Lazy<IReadOnlyList<PreparedExample>>(
            () => Examples.Select((e, i) => PreparedExample.Prepare(i, e)).OfType<PreparedExample>().ToList(),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    internal ServiceShapes Service { get; }

    /// <summary>The action, as sent in X-TC-Action.</summary>
    public string Name { get; }

    /// <summary>The documented calls per second, or <see langword="null"/>.</summary>
    public int? RateLimitPerSecond { get; }

    /// <summary>The published examples: <c>input</c> (wire JSON), <c>output</c> (the envelope) or <c>outputText</c>.</summary>
    public IReadOnlyList<JsonElement> Examples { get; } = [];

    /// <summary>Whether the action can answer with server-sent events (the spec's <c>streaming</c>).</summary>
    public bool Streams { get; }

    /// <summary>The boolean input member that asks for the stream, or <see langword="null"/> when a streaming action always streams.</summary>
    public string? StreamFlag { get; }

    /// <summary>The input member that is the action's idempotency key (the spec's <c>clientToken</c>), or <see langword="null"/>.</summary>
    public string? ClientTokenMember { get; }

    /// <summary>The published examples ready to answer with, prepared the first time a call needs them (once per service version).</summary>
    internal IReadOnlyList<PreparedExample> PreparedExamples => _prepared.Value;

    internal JsonElement Input { get; }

    internal JsonElement Output { get; }
}
