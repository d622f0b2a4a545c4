namespace TcApi.Emulator;

/// <summary>A connection or connection group the emulator knows, and whether it is running.</summary>
public sealed record EmulatorOwner(string Id, bool IsGroup, bool Running);

/// <summary>A listener the emulator created.</summary>
public sealed record EmulatorListener(string ListenerId, string OwnerId, string Name, int Port);

/// <summary>
/// The emulator's resources: seeded connections and groups (the published examples' link-bjkpdum1 and lg-bjkpdum1
/// among them, running), and the listeners created on them. Changes are atomic.
/// </summary>
public sealed class EmulatorState
{
    private readonly object _gate = new();
    private readonly Dictionary<string, EmulatorOwner> _owners = new(StringComparer.Ordinal);
    private readonly List<EmulatorListener> _listeners = new();
    private readonly int _limit;

    public EmulatorState(int listenerLimit)
    {
        _limit = listenerLimit;
        AddOwner(new EmulatorOwner("link-bjkpdum1", IsGroup: false, Running: true));
        AddOwner(new EmulatorOwner("link-stopped1", IsGroup: false, Running: false));
        AddOwner(new EmulatorOwner("lg-bjkpdum1", IsGroup: true, Running: true));
        AddOwner(new EmulatorOwner("lg-stopped1", IsGroup: true, Running: false));
    }

    /// <summary>Adds a connection or group, e.g. for a test.</summary>
    public void AddOwner(EmulatorOwner owner)
    {
        lock (_gate)
        {
            _owners[owner.Id] = owner;
        }
    }

    /// <summary>A snapshot of every listener.</summary>
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

    internal IReadOnlyList<string> CreateListeners(string ownerId, bool isGroup, string name, IReadOnlyList<int> ports)
    {
        lock (_gate)
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

            var existing = _listeners.Where(l => l.OwnerId == ownerId).ToList();
            var taken = ports.FirstOrDefault(p => existing.Any(l => l.Port == p));
            if (taken != 0)
            {
                throw new ApiErrorResult("InvalidParameterValue.DuplicatedListenerPort", $"Listener port {taken} already exists on {ownerId}.");
            }

            if (existing.Count + ports.Count > _limit)
            {
                throw new ApiErrorResult("FailedOperation.LimitNumofListener", $"Limit on the number of listeners exceeded: {ownerId} holds {existing.Count} of {_limit}.");
            }

            var created = ports.Select(port => new EmulatorListener(NewId(), ownerId, name, port)).ToList();
            _listeners.AddRange(created);
            return created.Select(l => l.ListenerId).ToList();
        }
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
