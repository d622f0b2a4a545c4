using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text;
using TcApi.Telemetry;

namespace TcApi.Runtime.Tests.Support;

/// <summary>
/// Records everything one test's flow leaves behind — every span of its trace from any source (TcApi's, HttpClient's)
/// with its status, tags and events; every measurement of the TcApi meter with its tags; every log line with its
/// exception — and finds a secret anywhere in it, or in an exception's texts (each of its chain, every string property).
/// </summary>
public sealed class SecretScan : IDisposable
{
    private static readonly ActivitySource TestSource = new("TcApi.Runtime.Tests.SecretScan");
    private readonly ActivityListener _spans;
    private readonly MeterListener _meters = new();
    private readonly Activity _root;
    private readonly ConcurrentQueue<string> _texts = new();

    public SecretScan()
    {
        _spans = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.TraceId == _root!.TraceId && activity != _root)
                {
                    Spans.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_spans);
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == TcApiDiagnostics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meters.SetMeasurementEventCallback<double>((instrument, _, tags, _) => Measured(instrument, tags));
        _meters.SetMeasurementEventCallback<long>((instrument, _, tags, _) => Measured(instrument, tags));
        _meters.Start();
        _root = TestSource.StartActivity("secret scan")!;
    }

    public ConcurrentQueue<Activity> Spans { get; } = new();

    public LogCollector Logs { get; } = new();

    /// <summary>Every text recorded, plus the texts of <paramref name="failure"/> (null for a flow that succeeded).</summary>
    public IReadOnlyList<string> Texts(Exception? failure)
    {
        var texts = new List<string>(_texts);
        foreach (var span in Spans)
        {
            texts.Add(span.DisplayName);
            texts.Add(span.OperationName);
            texts.Add(span.StatusDescription ?? string.Empty);
            texts.AddRange(span.TagObjects.Select(t => t.Key + "=" + t.Value));
            texts.AddRange(span.Baggage.Select(b => b.Key + "=" + b.Value));
            foreach (var e in span.Events)
            {
                texts.Add(e.Name);
                texts.AddRange(e.Tags.Select(t => t.Key + "=" + t.Value));
            }
        }

        foreach (var line in Logs.Lines)
        {
            texts.Add(line.Message);
            texts.Add(line.Exception ?? string.Empty);
        }

        for (var e = failure; e is not null; e = e.InnerException)
        {
            texts.Add(e.ToString());
            texts.AddRange(StringsOf(e));
        }

        return texts;
    }

    /// <summary>Asserts that no secret appears anywhere, and that the flow left spans and log lines to search.</summary>
    public void AssertNoSecret(Exception? failure, bool expectSpans = true)
    {
        if (expectSpans)
        {
            Assert.NotEmpty(Spans);
        }

        Assert.NotEmpty(Logs.Lines);
        foreach (var text in Texts(failure))
        {
            Secrets.AssertAbsent(text);
        }
    }

    public void Dispose()
    {
        _root.Dispose();
        _spans.Dispose();
        _meters.Dispose();
    }

    private void Measured(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags)
        {
            _texts.Enqueue(instrument.Name + ": " + tag.Key + "=" + tag.Value);
        }
    }

    /// <summary>Every public string (and byte) property of an exception, and its Data.</summary>
    private static IEnumerable<string> StringsOf(Exception e)
    {
        foreach (var property in e.GetType().GetProperties())
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var value = property.GetValue(e);
            switch (value)
            {
                case string text:
                    yield return text;
                    break;
                case ReadOnlyMemory<byte> bytes:
                    yield return Encoding.UTF8.GetString(bytes.Span);
                    break;
                case byte[] bytes:
                    yield return Encoding.UTF8.GetString(bytes);
                    break;
                case IEnumerable list and not string:
                    foreach (var item in list)
                    {
                        yield return item?.ToString() ?? string.Empty;
                    }

                    break;
            }
        }

        foreach (DictionaryEntry entry in e.Data)
        {
            yield return entry.Key + "=" + entry.Value;
        }
    }
}
