using System.Collections.Generic;
using System.Linq;
using TcApi.Generator.Model;

namespace TcApi.Generator.Spec;

/// <summary>
/// Which objects the actions reach, and whether through requests, responses or both. An object no action reaches is
/// not generated; an object reached from a request is validated and read strictly wherever it appears.
/// </summary>
internal static class ObjectUsageAnalysis
{
    public static Dictionary<string, ObjectUsage> Compute(IEnumerable<ActionModel> actions, IEnumerable<ObjectModel> objects)
    {
        var byName = objects.ToDictionary(o => o.Name);
        var usage = new Dictionary<string, ObjectUsage>();
        foreach (var action in actions)
        {
            Visit(action.Input, ObjectUsage.Input, byName, usage);
            Visit(action.Output, ObjectUsage.Output, byName, usage);
        }

        return usage;
    }

    private static void Visit(IEnumerable<MemberModel> members, ObjectUsage role, Dictionary<string, ObjectModel> byName, Dictionary<string, ObjectUsage> usage)
    {
        var pending = new Stack<string>();
        foreach (var member in members)
        {
            if (member.Scalar == ScalarKind.Object && member.TypeName is not null)
            {
                pending.Push(ObjectName(member));
            }
        }

        while (pending.Count > 0)
        {
            var name = pending.Pop();
            usage.TryGetValue(name, out var current);
            if ((current & role) == role || !byName.TryGetValue(name, out var model))
            {
                continue;
            }

            usage[name] = current | role;
            foreach (var member in model.Members)
            {
                if (member.Scalar == ScalarKind.Object)
                {
                    pending.Push(ObjectName(member));
                }
            }
        }
    }

    private static string ObjectName(MemberModel member) => member.Reference!;
}
