using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using TcApi.Credentials;
using TcApi.Signing;
using TcApi.Telemetry;

namespace TcApi.Runtime.Tests.Support;

/// <summary>
/// Writes down, in the order they happen, the things a call does that can be seen from outside it: its log lines (by
/// event id), its measurements (by instrument), its spans starting and stopping, each time it asks for credentials —
/// and whatever the test adds (the request validated and written, a request sent, an answer read).
/// </summary>
public sealed class CallRecorder : IDisposable
{
    private static readonly ActivitySource TestSource = new("TcApi.Runtime.Tests.CallRecorder");
    private readonly List<string> _events = new();
    private readonly ActivityListener _spans;
    private readonly Activity _root;

    public CallRecorder()
    {
        // Only the spans under this recorder's own root: tests running in parallel do not see each other's.
        _spans = new ActivityListener
        {
            ShouldListenTo = source => source.Name is TcApiDiagnostics.ActivitySourceName or "TcApi.Runtime.Tests.CallRecorder",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStarted = activity => OnSpan(activity, "start"),
            ActivityStopped = activity => OnSpan(activity, "stop"),
        };
        ActivitySource.AddActivityListener(_spans);
        _root = TestSource.StartActivity("test root")!;
        Logs = new RecordingLoggerFactory(this);
        Meters = new RecordingMeterFactory(this);
    }

    public ILoggerFactory Logs { get; }

    public IMeterFactory Meters { get; }

    public IReadOnlyList<string> Events
    {
        get
        {
            lock (_events)
            {
                return _events.ToArray();
            }
        }
    }

    public void Add(string what)
    {
        lock (_events)
        {
            _events.Add(what);
        }
    }

    /// <summary>A provider of <paramref name="credential"/> that records each time it is asked.</summary>
    public ICredentialProvider Credentials(Credential credential) => new RecordingProvider(this, credential);

    public void Dispose()
    {
        _root.Dispose();
        _spans.Dispose();
        ((IDisposable)Meters).Dispose();
    }

    private void OnSpan(Activity activity, string what)
    {
        if (activity.TraceId == _root?.TraceId && activity != _root)
        {
            // An attempt's number is tagged after its span starts: it is written down when the span stops.
            var attempt = what == "stop" ? " " + activity.GetTagItem("tencentcloud.attempt") : string.Empty;
            Add($"span {what}: {(activity.Kind == ActivityKind.Client ? "call" : "attempt" + attempt)}");
        }
    }

    private sealed class RecordingProvider(CallRecorder recorder, Credential credential) : ICredentialProvider
    {
        public ValueTask<Credential> GetCredentialAsync(CancellationToken cancellationToken = default)
        {
            recorder.Add("credentials");
            return new(credential);
        }
    }

    private sealed class RecordingLoggerFactory(CallRecorder recorder) : ILoggerFactory
    {
        public ILogger CreateLogger(string categoryName) => new Logger(recorder);

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public void Dispose()
        {
        }

        private sealed class Logger(CallRecorder recorder) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                recorder.Add($"log {eventId.Id}");
        }
    }

    private sealed class RecordingMeterFactory : IMeterFactory
    {
        private readonly List<Meter> _meters = new();
        private readonly MeterListener _listener = new();

        public RecordingMeterFactory(CallRecorder recorder)
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
            _listener.SetMeasurementEventCallback<double>((instrument, _, _, _) => recorder.Add("measure " + instrument.Name));
            _listener.SetMeasurementEventCallback<long>((instrument, _, _, _) => recorder.Add("measure " + instrument.Name));
            _listener.Start();
        }

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
    }
}
