namespace TcApi.Import.Tencent;

/// <summary>
/// The data objects a request can carry: those the members of an action's input reach, at any depth — the objects the
/// generated client validates, and so the only ones that may carry mined constraints and rules. Tencent's own
/// <c>usage</c> label is not asked: it says "both" of objects that only a response reaches (fwm 2025-06-11,
/// SecurityGroupRiskPolicy), and the generator refuses rules on those.
/// </summary>
public static class RequestReach
{
    private static readonly HashSet<string> Scalars = new(StringComparer.Ordinal)
    {
        "string", "datetime", "datetime_iso", "date", "int", "int64", "uint64", "float", "double", "bool", "binary",
    };

    /// <summary>The objects the inputs of <paramref name="document"/>'s actions reach through their members.</summary>
    public static IReadOnlySet<string> Of(ApiDocument document)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(document.Actions.Values
            .SelectMany(a => document.Objects.GetValueOrDefault(a.Input)?.Members ?? [])
            .Select(ObjectOf).OfType<string>());
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (!document.Objects.TryGetValue(name, out var obj) || !reached.Add(name))
            {
                continue;
            }

            foreach (var inner in obj.Members.Select(ObjectOf).OfType<string>())
            {
                pending.Push(inner);
            }
        }

        return reached;
    }

    /// <summary>The object a member holds (or a list's items are), as the importer types it; null for a scalar.</summary>
    public static string? ObjectOf(TencentMember member) =>
        Scalars.Contains(member.Type == "list" ? member.Member : member.Type) ? null : member.Member;
}
