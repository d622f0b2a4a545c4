using System.Text.Json.Nodes;

namespace TcApi.Generator.Tests.Analysis.Agreement;

/// <summary>An object's case again, inside the valid value of the first request that reaches the object.</summary>
internal static class Nesting
{
    public static AgreementCase? InRequest(AgreementCase @case)
    {
        if (@case.Type.IsRequest || PathTo(@case.Type) is not { } path)
        {
            return null;
        }

        JsonNode value = @case.Input.DeepClone();
        for (var i = path.Count - 1; i >= 0; i--)
        {
            var (owner, member) = path[i];
            var parent = SampleValues.Of(owner);
            parent[member.WireName] = member.IsList ? new JsonArray(value) : value;
            value = parent;
        }

        var where = string.Join(".", path.Select(p => p.Member.WireName).Prepend(path[0].Owner.SpecName));
        return @case with { Type = path[0].Owner, Variant = $"{@case.Variant}:in {where}", Input = value.AsObject() };
    }

    /// <summary>The members from a request down to <paramref name="target"/>, the shortest way.</summary>
    private static List<(SpecType Owner, SpecMember Member)>? PathTo(SpecType target)
    {
        var queue = new Queue<(SpecType Type, List<(SpecType, SpecMember)> Path)>(target.File.Requests.Select(r => (r, new List<(SpecType, SpecMember)>())));
        var seen = new HashSet<string>();
        while (queue.Count > 0)
        {
            var (type, path) = queue.Dequeue();
            foreach (var member in type.Members.Where(m => m.ObjectName is not null))
            {
                var next = path.Append((type, member)).ToList();
                if (member.ObjectName == target.SpecName)
                {
                    return next;
                }

                if (seen.Add(member.ObjectName!))
                {
                    queue.Enqueue((target.File.Objects[member.ObjectName!], next));
                }
            }
        }

        return null;
    }
}
