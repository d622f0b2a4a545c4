using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using TcApi.Telemetry;

namespace TcApi.Runtime.Tests.Support;

/// <summary>
/// Collects the TcApi activities of one test: those under the test's own root activity, so tests running in parallel
/// do not see each other's.
/// </summary>
public sealed class ActivityCollector : IDisposable
{
    private static readonly ActivitySource TestSource = new("TcApi.Runtime.Tests");
    private readonly ActivityListener _listener;
    private readonly Activity _root;

    public ActivityCollector()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is TcApiDiagnostics.ActivitySourceName or "TcApi.Runtime.Tests",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.TraceId == _root!.TraceId && activity != _root)
                {
                    Stopped.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
        _root = TestSource.StartActivity("test root")!;
    }

    public ConcurrentQueue<Activity> Stopped { get; } = new();

    public void Dispose()
    {
        _root.Dispose();
        _listener.Dispose();
    }
}

/// <summary>A meter factory of the test's own, and the measurements of its TcApi meter.</summary>
public sealed class MeterCollector : IMeterFactory
{
    private readonly List<Meter> _meters = new();
    private readonly MeterListener _listener = new();

    public MeterCollector()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            lock (_meters)
            {
                if (_meters.Contains(instrument.Meter))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            }
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    public ConcurrentQueue<Measurement> Measurements { get; } = new();

    public IEnumerable<Measurement> Of(string instrument) => Measurements.Where(m => m.Instrument == instrument);

    public Meter Create(MeterOptions options)
    {
        var meter = new Meter(options.Name, options.Version, options.Tags, scope: this);
        lock (_meters)
        {
            _meters.Add(meter);
        }

        return meter;
    }

    public void Dispose()
    {
        _listener.Dispose();
        foreach (var meter in _meters)
        {
            meter.Dispose();
        }
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        Measurements.Enqueue(new Measurement(instrument.Name, instrument.Unit, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));

    public sealed record Measurement(string Instrument, string? Unit, double Value, Dictionary<string, object?> Tags);
}
