using System.Diagnostics;
using TcApi.Client;

namespace TcApi.Telemetry;

internal sealed partial class ClientTelemetry
{
    /// <summary>A timestamp to measure a streamed call's first event from.</summary>
    public long StreamStarted() => _time.GetTimestamp();

    /// <summary>The first event of a streamed call: the time it took, as a measurement and an event on the call's span.</summary>
    public void FirstEvent(Activity? call, ApiActionInfo action, long started)
    {
        var elapsed = _time.GetElapsedTime(started);
        if (_instruments.TimeToFirstEvent.Enabled)
        {
            _instruments.TimeToFirstEvent.Record(elapsed.TotalSeconds, Tags(action));
        }

        call?.AddEvent(new ActivityEvent("tencentcloud.stream.first_event", tags: new ActivityTagsCollection { { "tencentcloud.stream.time_to_first_event", elapsed.TotalSeconds } }));
    }

    /// <summary>The end of a stream's events: how many it read, counted and on the call's span.</summary>
    public void StreamRead(Activity? call, ApiActionInfo action, long events)
    {
        if (events > 0 && _instruments.StreamEvents.Enabled)
        {
            _instruments.StreamEvents.Add(events, Tags(action));
        }

        call?.SetTag("tencentcloud.stream.events", events);
    }
}
