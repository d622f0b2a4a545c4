namespace TcApi.Emulator.Cloud;

/// <summary>Faults and errors planned for the next N calls (of one action, or of any), taken in the order planned.</summary>
internal sealed class PlannedFaults
{
    private readonly object _gate = new();
    private readonly List<Planned> _planned = [];

    public void Add(string? action, Fault fault, int times)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(times);
        lock (_gate)
        {
            _planned.Add(new Planned(action, fault) { Remaining = times });
        }
    }

    /// <summary>The fault for this call of <paramref name="action"/>, if one is planned; counts it down.</summary>
    public Fault? Take(string action)
    {
        lock (_gate)
        {
            var at = _planned.FindIndex(p => p.Action is null || p.Action == action);
            if (at < 0)
            {
                return null;
            }

            var planned = _planned[at];
            if (--planned.Remaining == 0)
            {
                _planned.RemoveAt(at);
            }

            return planned.Fault;
        }
    }

    private sealed record Planned(string? Action, Fault Fault)
    {
        public int Remaining { get; set; }
    }
}
