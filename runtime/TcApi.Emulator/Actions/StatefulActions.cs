namespace TcApi.Emulator.Actions;

/// <summary>
/// The actions the emulator answers from its state: the listener workflow (create, list, change, delete) and the
/// connections and groups it lists. Every other action is answered with its published example.
/// </summary>
internal static class StatefulActions
{
    private static readonly Dictionary<string, ActionHandler> Handlers = new(StringComparer.Ordinal)
    {
        ["CreateTCPListeners"] = ListenerActions.Create,
        ["DescribeTCPListeners"] = ListenerActions.Describe,
        ["ModifyTCPListenerAttribute"] = ListenerActions.Modify,
        ["DeleteListeners"] = ListenerActions.Delete,
        ["DescribeProxies"] = OwnerActions.DescribeProxies,
        ["DescribeProxyGroupList"] = OwnerActions.DescribeGroups,
    };

    public static ActionHandler? For(string action) => Handlers.GetValueOrDefault(action);

    /// <summary>The names, for documentation and tests.</summary>
    public static IReadOnlyCollection<string> Names => Handlers.Keys;
}
