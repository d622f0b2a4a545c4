namespace TcApi.Emulator;

/// <summary>A connection (proxy) or connection group the emulator knows, and whether it is running.</summary>
public sealed record EmulatorOwner(string Id, bool IsGroup, bool Running)
{
    /// <summary>The name DescribeProxies and DescribeProxyGroupList show.</summary>
    public string Name { get; init; } = Id;

    /// <summary>When it was created, in Unix seconds.</summary>
    public long CreateTime { get; init; } = 1_700_000_000;
}

/// <summary>A listener the emulator created, with the attributes ModifyTCPListenerAttribute changes.</summary>
public sealed record EmulatorListener(string ListenerId, string OwnerId, string Name, int Port)
{
    public bool OnGroup { get; init; }

    public string Scheduler { get; init; } = "rr";

    public bool HealthCheck { get; init; }

    public string RealServerType { get; init; } = "IP";

    public long DelayLoop { get; init; } = 5;

    public long ConnectTimeout { get; init; } = 2;

    public long HealthyThreshold { get; init; } = 3;

    public long UnhealthyThreshold { get; init; } = 3;

    public long ClientIPMethod { get; init; }

    public bool FailoverSwitch { get; init; }

    public long CreateTime { get; init; }
}

/// <summary>
/// The emulator's resources: seeded connections and groups (the published examples' link-bjkpdum1 and lg-bjkpdum1
/// among them, running), and the listeners created on them. Every change is atomic.
/// </summary>
public sealed class EmulatorState
{
    private readonly object _gate = new();
    private readonly Dictionary<string, EmulatorOwner> _owners = new(StringComparer.Ordinal);
    private readonly List<EmulatorListener> _listeners = new();
    private readonly int _limit;
    private readonly TimeProvider _time;

    public EmulatorState(int listenerLimit, TimeProvider? time = null)
    {
        _limit = listenerLimit;
        _time = time ?? TimeProvider.System;
        AddOwner(new EmulatorOwner("link-bjkpdum1", IsGroup: false, Running: true) { Name = "published-example-proxy" });
        AddOwner(new EmulatorOwner("link-stopped1", IsGroup: false, Running: false) { Name = "stopped-proxy" });
        AddOwner(new EmulatorOwner("lg-bjkpdum1", IsGroup: true, Running: true) { Name = "published-example-group" });
        AddOwner(new EmulatorOwner("lg-stopped1", IsGroup: true, Running: false) { Name = "stopped-group" });
    }

    /// <summary>Adds a connection or group, e.g. for a test.</summary>
    public void AddOwner(EmulatorOwner owner)
    {
        lock (_gate)
        {
            _owners[owner.Id] = owner;
        }
    }

    /// <summary>A snapshot of every connection and group.</summary>
    public IReadOnlyList<EmulatorOwner> Owners
    {
        get
        {
            lock (_gate)
            {
                return _owners.Values.OrderBy(o => o.Id, StringComparer.Ordinal).ToList();
            }
        }
    }

    /// <summary>A snapshot of every listener, in creation order.</summary>
    public IReadOnlyList<EmulatorListener> Listeners
    {
        get
        {
            lock (_gate)
            {
                return _listeners.ToList();
            }
        }
    }

    internal IReadOnlyList<string> CreateListeners(string ownerId, bool isGroup, Func<string, int, EmulatorListener> create, IReadOnlyList<int> ports)
    {
        lock (_gate)
        {
            var owner = RunningOwner(ownerId, isGroup);
            var existing = _listeners.Where(l => l.OwnerId == owner.Id).ToList();
            var taken = ports.FirstOrDefault(p => existing.Any(l => l.Port == p));
            if (taken != 0)
            {
                throw new ApiErrorResult("InvalidParameterValue.DuplicatedListenerPort", $"Listener port {taken} already exists on {ownerId}.");
            }

            if (existing.Count + ports.Count > _limit)
            {
                throw new ApiErrorResult("FailedOperation.LimitNumofListener", $"Limit on the number of listeners exceeded: {ownerId} holds {existing.Count} of {_limit}.");
            }

            var created = ports.Select(port => create(NewId(), port) with { OwnerId = owner.Id, OnGroup = isGroup, Port = port, CreateTime = _time.GetUtcNow().ToUnixTimeSeconds() }).ToList();
            _listeners.AddRange(created);
            return created.Select(l => l.ListenerId).ToList();
        }
    }

    /// <summary>Replaces a listener of <paramref name="ownerId"/> with what <paramref name="change"/> makes of it.</summary>
    internal void ModifyListener(string listenerId, string ownerId, bool isGroup, Func<EmulatorListener, EmulatorListener> change)
    {
        lock (_gate)
        {
            RunningOwner(ownerId, isGroup);
            var at = _listeners.FindIndex(l => l.ListenerId == listenerId && l.OwnerId == ownerId);
            if (at < 0)
            {
                throw new ApiErrorResult("ResourceNotFound", $"The listener {listenerId} does not exist on {ownerId}.");
            }

            _listeners[at] = change(_listeners[at]);
        }
    }

    /// <summary>Deletes the listeners of <paramref name="ownerId"/> it finds; returns those deleted and those it did not find.</summary>
    internal (IReadOnlyList<string> Deleted, IReadOnlyList<string> Invalid) DeleteListeners(string ownerId, bool isGroup, IReadOnlyList<string> listenerIds)
    {
        lock (_gate)
        {
            RunningOwner(ownerId, isGroup);
            var deleted = new List<string>();
            var invalid = new List<string>();
            foreach (var id in listenerIds.Distinct(StringComparer.Ordinal))
            {
                (_listeners.RemoveAll(l => l.ListenerId == id && l.OwnerId == ownerId) > 0 ? deleted : invalid).Add(id);
            }

            return (deleted, invalid);
        }
    }

    private EmulatorOwner RunningOwner(string ownerId, bool isGroup)
    {
        if (!_owners.TryGetValue(ownerId, out var owner) || owner.IsGroup != isGroup)
        {
            throw new ApiErrorResult("ResourceNotFound", $"The {(isGroup ? "connection group" : "connection")} {ownerId} does not exist.");
        }

        if (!owner.Running)
        {
            throw isGroup
                ? new ApiErrorResult("FailedOperation.GroupStatusNotInRuning", $"Unable to operate: the connection group {ownerId} is not running.")
                : new ApiErrorResult("FailedOperation.ProxyStatusNotInRuning", $"Unable to add listeners: the connection {ownerId} is not running.");
        }

        return owner;
    }

    private string NewId()
    {
        const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        while (true)
        {
            var id = "listener-" + string.Create(8, 0, (span, _) =>
            {
                for (var i = 0; i < span.Length; i++)
                {
                    span[i] = Alphabet[Random.Shared.Next(Alphabet.Length)];
                }
            });
            if (_listeners.All(l => l.ListenerId != id))
            {
                return id;
            }
        }
    }
}
