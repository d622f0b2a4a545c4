using System.Text.Json.Nodes;

namespace TcApi.Tool.CorpusCheck;

/// <summary>
/// What a spec makes: its actions (a request and a response each), the objects the actions reach (the generator leaves
/// out the others) and the members of all of them, each a property. Published examples are counted too.
/// </summary>
public sealed record SpecFigures(int Actions, int Objects, int Members, int Examples)
{
    public static SpecFigures Of(JsonObject spec)
    {
        var objects = (spec["objects"]?.AsArray() ?? new JsonArray()).Select(o => o!.AsObject()).ToDictionary(o => (string)o["name"]!, StringComparer.Ordinal);
        var actions = spec["actions"]!.AsArray().Select(a => a!.AsObject()).ToList();
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<JsonArray>();
        var members = 0;
        foreach (var action in actions)
        {
            pending.Push(action["input"]!.AsArray());
            pending.Push(action["output"]!.AsArray());
        }

        while (pending.Count > 0)
        {
            var list = pending.Pop();
            members += list.Count;
            foreach (var member in list.Select(m => m!.AsObject()))
            {
                var type = member["type"]?.ToString() == "list" ? member["items"]!.AsObject() : member;
                if (type["object"]?.ToString() is { } name && objects.TryGetValue(name, out var target) && reached.Add(name))
                {
                    pending.Push(target["members"]!.AsArray());
                }
            }
        }

        var examples = actions.Sum(a => a["examples"]?.AsArray().Count ?? 0);
        return new SpecFigures(actions.Count, reached.Count, members, examples);
    }
}
