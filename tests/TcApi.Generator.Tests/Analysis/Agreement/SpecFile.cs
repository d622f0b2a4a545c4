using System.Text.Json.Nodes;

namespace TcApi.Generator.Tests.Analysis.Agreement;

/// <summary>
/// The checked types of a merged spec — each action's request and each object a request reaches — read with
/// System.Text.Json, not the generator.
/// </summary>
internal sealed class SpecFile
{
    private readonly Dictionary<string, SpecType> _objects = new();

    private SpecFile(string ns) => Namespace = ns;

    public string Namespace { get; }

    public List<SpecType> Requests { get; } = new();

    /// <summary>The objects requests use, by spec name: only these are generated with constraints and <c>Validate()</c>.</summary>
    public IReadOnlyDictionary<string, SpecType> Objects => _objects;

    public IEnumerable<SpecType> Types => Requests.Concat(_objects.Values);

    public static SpecFile Read(JsonObject spec)
    {
        var file = new SpecFile((string)spec["namespace"]!);
        var enums = (spec["enums"]?.AsArray() ?? []).Select(e => e!.AsObject()).ToDictionary(e => (string)e["name"]!);
        var objects = (spec["objects"]?.AsArray() ?? []).Select(o => o!.AsObject()).ToDictionary(o => (string)o["name"]!);
        foreach (var action in spec["actions"]!.AsArray().Select(a => a!.AsObject()))
        {
            var members = action["input"]!.AsArray().Select(m => SpecMember.Read(m!.AsObject(), enums)).ToList();
            var valid = (action["examples"]?.AsArray() ?? []).Select(e => e!.AsObject()).FirstOrDefault(e => e["expect"] is JsonValue v && (string)v! == "valid");
            var name = (string)action["name"]!;
            file.Requests.Add(new SpecType(file, name, name + "Request", isRequest: true, members, Rules(action), valid?["input"]?.AsObject()));
        }

        var pending = new Queue<SpecMember>(file.Requests.SelectMany(r => r.Members));
        while (pending.Count > 0)
        {
            var member = pending.Dequeue();
            if (member.ObjectName is not { } name || file._objects.ContainsKey(name))
            {
                continue;
            }

            var definition = objects[name];
            var members = definition["members"]!.AsArray().Select(m => SpecMember.Read(m!.AsObject(), enums)).ToList();
            file._objects[name] = new SpecType(file, name, (string?)definition["csharpName"] ?? name, isRequest: false, members, Rules(definition), null);
            members.ForEach(pending.Enqueue);
        }

        foreach (var request in file.Requests.Where(r => r.Example is not null))
        {
            file.Harvest(request, request.Example!);
        }

        return file;
    }

    private static List<JsonObject> Rules(JsonObject owner) => (owner["rules"]?.AsArray() ?? []).Select(r => r!.AsObject()).ToList();

    /// <summary>Takes the first value of each object that a valid example holds as that object's valid value.</summary>
    private void Harvest(SpecType type, JsonObject value)
    {
        foreach (var member in type.Members.Where(m => m.ObjectName is not null))
        {
            var found = value[member.WireName] switch
            {
                JsonObject single => single,
                JsonArray { Count: > 0 } list when list[0] is JsonObject first => first,
                _ => null,
            };
            var target = _objects[member.ObjectName!];
            if (found is not null && target.Example is null)
            {
                target.Example = found;
                Harvest(target, found);
            }
        }
    }
}

/// <summary>A request or an object: its C# type, members and rules, and a valid value of it if a valid example shows one.</summary>
internal sealed class SpecType
{
    public SpecType(SpecFile file, string specName, string typeName, bool isRequest, IReadOnlyList<SpecMember> members, IReadOnlyList<JsonObject> rules, JsonObject? example)
    {
        File = file;
        SpecName = specName;
        TypeName = typeName;
        IsRequest = isRequest;
        Members = members;
        Rules = rules;
        Example = example;
    }

    public SpecFile File { get; }

    /// <summary>The action's or object's name in the spec: the prefix of its rule ids.</summary>
    public string SpecName { get; }

    public string TypeName { get; }

    public bool IsRequest { get; }

    public IReadOnlyList<SpecMember> Members { get; }

    public IReadOnlyList<JsonObject> Rules { get; }

    public JsonObject? Example { get; set; }

    public string FullTypeName => $"global::{File.Namespace}.{TypeName}";

    public SpecMember Member(string wireName) => Members.Single(m => m.WireName == wireName);
}
