namespace TcApi.Emulator;

/// <summary>At most <c>limit</c> calls in any one second, counted exactly: a sliding log of arrival times.</summary>
internal sealed class SlidingRateWindow
{
    private readonly int _limit;
    private readonly TimeProvider _time;
    private readonly Queue<long> _arrivals = new();
    private readonly object _gate = new();

    public SlidingRateWindow(int limit, TimeProvider time)
    {
        _limit = limit;
        _time = time;
    }

    /// <summary>The most calls seen within one second so far.</summary>
    public int Peak { get; private set; }

    public bool TryEnter()
    {
        var now = _time.GetTimestamp();
        var second = _time.TimestampFrequency;
        lock (_gate)
        {
            while (_arrivals.Count > 0 && now - _arrivals.Peek() >= second)
            {
                _arrivals.Dequeue();
            }

            if (_arrivals.Count >= _limit)
            {
                return false;
            }

            _arrivals.Enqueue(now);
            Peak = Math.Max(Peak, _arrivals.Count);
            return true;
        }
    }
}
