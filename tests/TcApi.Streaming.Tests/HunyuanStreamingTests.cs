using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text;
using System.Text.Json;
using TcApi.Client;
using TcApi.Errors;
using TcApi.Hunyuan.V20230901;
using TcApi.Signing;

namespace TcApi.Streaming.Tests;

public class HunyuanStreamingTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);
    private const string RequestId = "61a8459b-27c8-4868-af8f-f374db0245f8";

    private static HunyuanClient Client(LoopbackEventServer server, int maxResponseBytes = 1024 * 1024) =>
        new(new HttpClient(), new Credential("AKIDEXAMPLE", "secret"),
            new TencentCloudClientOptions { Endpoint = server.Address.ToString(), Region = "ap-guangzhou", MaxResponseBytes = maxResponseBytes });

    private static ChatCompletionsRequest Question() => new()
    {
        Model = "hunyuan-lite",
        Messages = [new Message { Role = "user", Content = "1+1=" }],
    };

    [Fact]
    public async Task The_published_events_arrive_typed_with_the_streams_RequestId_and_the_stream_flag_sent()
    {
        var published = PublishedEvents.ChatCompletionsEvents();
        await using var server = new LoopbackEventServer(async connection =>
        {
            await connection.StartEventStreamAsync(RequestId);
            foreach (var e in published)
            {
                await connection.WriteChunkAsync(e);
            }

            await connection.EndAsync();
        });

        var events = new List<ChatCompletionsResponse>();
        await foreach (var e in Client(server).ChatCompletionsStreamAsync(Question()))
        {
            events.Add(e);
        }

        Assert.Equal(published.Count, events.Count);
        Assert.All(events, e => Assert.Equal(RequestId, e.RequestId));
        // Every event's text as the published JSON has it, in order.
        var publishedText = string.Concat(published.Select(e => JsonDocument.Parse(e["data: ".Length..]).RootElement)
            .SelectMany(e => e.GetProperty("Choices").EnumerateArray())
            .Select(c => c.TryGetProperty("Delta", out var d) && d.TryGetProperty("Content", out var t) ? t.GetString() : null));
        Assert.NotEmpty(publishedText);
        Assert.Equal(publishedText, string.Concat(events.SelectMany(e => e.Choices).Select(c => c.Delta?.Content)));
        Assert.Equal("assistant", events[0].Choices[0].Delta!.Role);
        using var sent = JsonDocument.Parse(server.Requests.Single());
        Assert.True(sent.RootElement.GetProperty("Stream").GetBoolean());
        // The caller's request is left as it was.
        Assert.Null(Question().Stream);
    }

    [Fact]
    public async Task The_first_event_arrives_while_the_server_holds_the_stream_open()
    {
        var firstRead = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sawClientReadFirst = false;
        var published = PublishedEvents.ChatCompletionsEvents();
        await using var server = new LoopbackEventServer(async connection =>
        {
            await connection.StartEventStreamAsync(RequestId);
            await connection.WriteChunkAsync(published[0]);
            // Nothing more until the client has the first event (a guard, not a timing: a buffering client never gets it).
            sawClientReadFirst = await Task.WhenAny(firstRead.Task, Task.Delay(Guard)) == firstRead.Task;
            await connection.WriteChunkAsync(published[1]);
            await connection.EndAsync();
        });

        var count = 0;
        await foreach (var _ in Client(server).ChatCompletionsStreamAsync(Question()))
        {
            if (++count == 1)
            {
                firstRead.SetResult();
            }
        }

        Assert.True(sawClientReadFirst);
        Assert.Equal(2, count);
    }

    [Fact]
    public async Task Ten_thousand_events_stream_through_a_limit_far_below_the_bodys_size()
    {
        var template = PublishedEvents.ChatCompletionsEvents()[0];
        long written = 0;
        await using var server = new LoopbackEventServer(async connection =>
        {
            await connection.StartEventStreamAsync(RequestId);
            for (var i = 0; i < 10_000; i++)
            {
                await connection.WriteChunkAsync(template);
            }

            await connection.EndAsync();
            written = connection.BodyBytesWritten;
        });

        // MaxResponseBytes bounds each event, not the stream: a client that buffered the body would refuse it.
        var count = 0;
        await foreach (var e in Client(server, maxResponseBytes: 16 * 1024).ChatCompletionsStreamAsync(Question()))
        {
            count++;
        }

        await server.ScriptFinished;
        Assert.Equal(10_000, count);
        Assert.True(written > 100 * 16 * 1024, $"the body was {written} bytes");
    }

    [Fact]
    public async Task Cancelling_closes_the_connection()
    {
        var closed = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var published = PublishedEvents.ChatCompletionsEvents();
        await using var server = new LoopbackEventServer(async connection =>
        {
            await connection.StartEventStreamAsync(RequestId);
            await connection.WriteChunkAsync(published[0]);
            closed.SetResult(await connection.ClientClosedAsync(Guard));
        });

        using var cancel = new CancellationTokenSource();
        var count = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in Client(server).ChatCompletionsStreamAsync(Question(), cancel.Token))
            {
                count++;
                cancel.Cancel();
            }
        });

        Assert.Equal(1, count);
        Assert.True(await closed.Task);
    }

    [Fact]
    public async Task Leaving_the_enumeration_closes_the_connection()
    {
        var closed = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var published = PublishedEvents.ChatCompletionsEvents();
        await using var server = new LoopbackEventServer(async connection =>
        {
            await connection.StartEventStreamAsync(RequestId);
            await connection.WriteChunkAsync(published[0]);
            closed.SetResult(await connection.ClientClosedAsync(Guard));
        });

        await foreach (var _ in Client(server).ChatCompletionsStreamAsync(Question()))
        {
            break;
        }

        Assert.True(await closed.Task);
    }

    [Fact]
    public async Task An_error_event_is_the_services_typed_exception()
    {
        var published = PublishedEvents.ChatCompletionsEvents();
        await using var server = new LoopbackEventServer(async connection =>
        {
            await connection.StartEventStreamAsync(RequestId);
            await connection.WriteChunkAsync(published[0]);
            await connection.WriteChunkAsync("data: {\"Response\":{\"Error\":{\"Code\":\"InternalError\",\"Message\":\"The model failed.\"},\"RequestId\":\"" + RequestId + "\"}}\n\n");
            await connection.EndAsync();
        });

        var count = 0;
        var error = await Assert.ThrowsAsync<HunyuanApiException>(async () =>
        {
            await foreach (var _ in Client(server).ChatCompletionsStreamAsync(Question()))
            {
                count++;
            }
        });

        Assert.Equal(1, count);
        Assert.Equal("InternalError", error.RawCode);
        Assert.Equal(RequestId, error.RequestId);
    }

    [Fact]
    public async Task An_error_answer_instead_of_a_stream_is_the_services_typed_exception()
    {
        await using var server = new LoopbackEventServer(connection => connection.AnswerJsonAsync(
            "{\"Response\":{\"RequestId\":\"188cc996-ab09-49a7-aa9f-1df88f11c6b4\",\"Error\":{\"Code\":\"InvalidParameter\",\"Message\":\"Temperature must be 2 or less\"}}}"));

        var error = await Assert.ThrowsAsync<HunyuanApiException>(async () =>
        {
            await foreach (var _ in Client(server).ChatCompletionsStreamAsync(Question()))
            {
            }
        });

        Assert.Equal("InvalidParameter", error.RawCode);
        Assert.Equal("188cc996-ab09-49a7-aa9f-1df88f11c6b4", error.RequestId);
    }

    [Fact]
    public async Task A_connection_dropped_mid_stream_is_a_transport_exception()
    {
        var published = PublishedEvents.ChatCompletionsEvents();
        await using var server = new LoopbackEventServer(async connection =>
        {
            await connection.StartEventStreamAsync(RequestId);
            await connection.WriteChunkAsync(published[0]);
            await connection.WriteChunkAsync("data: {\"Choices\":[{\"Del");
            connection.Drop();
        });

        var count = 0;
        var error = await Assert.ThrowsAsync<TencentCloudTransportException>(async () =>
        {
            await foreach (var _ in Client(server).ChatCompletionsStreamAsync(Question()))
            {
                count++;
            }
        });

        Assert.Equal(1, count);
        Assert.True(error.RequestMayHaveBeenSent);
        Assert.Contains("after 1 events", error.Message);
    }

    [Fact]
    public async Task Members_the_metadata_does_not_know_are_tolerated()
    {
        await using var server = new LoopbackEventServer(async connection =>
        {
            await connection.StartEventStreamAsync(RequestId);
            await connection.WriteChunkAsync("data: {\"Surprise\":{\"Nested\":[1,{\"x\":null}]},\"Choices\":[{\"Delta\":{\"Content\":\"hi\",\"Unknown\":true},\"Extra\":[]}],\"Id\":\"abc\"}\n\n");
            await connection.EndAsync();
        });

        var events = new List<ChatCompletionsResponse>();
        await foreach (var e in Client(server).ChatCompletionsStreamAsync(Question()))
        {
            events.Add(e);
        }

        var only = Assert.Single(events);
        Assert.Equal("hi", only.Choices[0].Delta!.Content);
        Assert.Equal("abc", only.Id);
    }

    [Fact]
    public async Task The_call_is_traced_and_its_time_to_first_event_measured()
    {
        var published = PublishedEvents.ChatCompletionsEvents();
        await using var server = new LoopbackEventServer(async connection =>
        {
            await connection.StartEventStreamAsync(RequestId);
            foreach (var e in published)
            {
                await connection.WriteChunkAsync(e);
            }

            await connection.EndAsync();
        });
        var spans = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == TcApi.Telemetry.TcApiDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { lock (spans) { spans.Add(a); } },
        };
        ActivitySource.AddActivityListener(listener);
        var firstEvent = new List<double>();
        using var meters = new MeterListener();
        meters.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "tencentcloud.client.stream.time_to_first_event")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        meters.SetMeasurementEventCallback<double>((_, value, _, _) => { lock (firstEvent) { firstEvent.Add(value); } });
        meters.Start();

        await foreach (var _ in Client(server).ChatCompletionsStreamAsync(Question()))
        {
        }

        Assert.Single(firstEvent);
        var call = Assert.Single(spans, s => s.DisplayName == "hunyuan/ChatCompletions");
        Assert.Contains(call.Events, e => e.Name == "tencentcloud.stream.first_event");
        Assert.Equal(RequestId, call.GetTagItem("tencentcloud.request_id"));
        Assert.Equal((long)published.Count, call.GetTagItem("tencentcloud.stream.events"));
    }
}
