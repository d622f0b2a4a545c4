using System.Text.Json.Nodes;

namespace TcApi.Tool.CorpusCheck;

/// <summary>
/// A spec cut down to some of its actions and the objects they reach (through members and list items, at any depth),
/// so a check of a few examples compiles a few types instead of the whole service.
/// </summary>
public static class SpecTrim
{
    public static JsonObject KeepActions(JsonObject spec, IReadOnlySet<string> actions)
    {
        var trimmed = spec.DeepClone().AsObject();
        var kept = trimmed["actions"]!.AsArray().Where(a => actions.Contains((string)a!["name"]!)).Select(a => a!.DeepClone()).ToArray();
        trimmed["actions"] = new JsonArray(kept);
        if (trimmed["objects"] is not JsonArray objects)
        {
            return trimmed;
        }

        var byName = objects.ToDictionary(o => (string)o!["name"]!, o => o!.AsObject(), StringComparer.Ordinal);
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<JsonNode?>(kept.SelectMany(a => Members(a!["input"]).Concat(Members(a["output"]))));
        while (pending.Count > 0)
        {
            var member = pending.Pop();
            var name = (string?)member?["object"] ?? (string?)member?["items"]?["object"];
            if (name is not null && reached.Add(name) && byName.TryGetValue(name, out var target))
            {
                foreach (var inner in Members(target["members"]))
                {
                    pending.Push(inner);
                }
            }
        }

        trimmed["objects"] = new JsonArray(objects.Where(o => reached.Contains((string)o!["name"]!)).Select(o => o!.DeepClone()).ToArray());
        return trimmed;
    }

    private static IEnumerable<JsonNode?> Members(JsonNode? members) => members as JsonArray ?? [];
}
