using System.Text.Json;

namespace TcApi.Import.Tencent;

/// <summary>One api.json: actions, objects and metadata, as Tencent's tccli publishes them.</summary>
public sealed class ApiDocument
{
    private ApiDocument(Dictionary<string, TencentAction> actions, Dictionary<string, TencentObject> objects, string service, string title)
    {
        Actions = actions;
        Objects = objects;
        Service = service;
        Title = title;
    }

    public IReadOnlyDictionary<string, TencentAction> Actions { get; }

    public IReadOnlyDictionary<string, TencentObject> Objects { get; }

    public string Service { get; }

    /// <summary>The service's name on the site (<c>serviceNameCN</c>).</summary>
    public string Title { get; }

    public static ApiDocument Parse(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var actions = new Dictionary<string, TencentAction>(StringComparer.Ordinal);
        foreach (var action in root.GetProperty("actions").EnumerateObject())
        {
            var value = action.Value;
            actions[action.Name] = new TencentAction(
                action.Name,
                Text(value, "document"),
                Text(value, "input"),
                Text(value, "output"),
                value.TryGetProperty("status", out var status) ? status.GetString() : null);
        }

        var objects = new Dictionary<string, TencentObject>(StringComparer.Ordinal);
        foreach (var obj in root.GetProperty("objects").EnumerateObject())
        {
            var members = obj.Value.GetProperty("members").EnumerateArray().Select(ReadMember).ToList();
            objects[obj.Name] = new TencentObject(obj.Name, Text(obj.Value, "document"), members,
                obj.Value.TryGetProperty("usage", out var usage) ? usage.GetString() : null);
        }

        var metadata = root.GetProperty("metadata");
        return new ApiDocument(actions, objects, Text(metadata, "serviceShortName"), Text(metadata, "serviceNameCN"));
    }

    private static TencentMember ReadMember(JsonElement member) => new(
        Text(member, "name"),
        Text(member, "type"),
        Text(member, "member"),
        Text(member, "document"),
        member.TryGetProperty("example", out var example) && example.ValueKind == JsonValueKind.String ? example.GetString() : null,
        Flag(member, "required"),
        Flag(member, "output_required"),
        Flag(member, "value_allowed_null"),
        Flag(member, "disabled"));

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;

    private static bool Flag(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
}

/// <summary>An action: its documentation, the names of its input and output objects, its status.</summary>
public sealed record TencentAction(string Name, string Document, string Input, string Output, string? Status);

/// <summary>An object: a request, a response, or a data structure (<see cref="Usage"/> in, out or both).</summary>
public sealed record TencentObject(string Name, string Document, IReadOnlyList<TencentMember> Members, string? Usage);

/// <summary>A member: <see cref="Type"/> is a scalar, <c>object</c> or <c>list</c>; <see cref="Member"/> the scalar width or element type.</summary>
public sealed record TencentMember(
    string Name, string Type, string Member, string Document, string? Example, bool Required, bool OutputRequired, bool AllowsNull, bool Disabled);
