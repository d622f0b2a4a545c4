using System.Text;
using TcApi.Client.Streaming;

namespace TcApi.Streaming.Tests;

public class ServerSentEventReaderTests
{
    private static async Task<List<(string? Type, string Data)>> ReadAll(string body, int maxEventBytes = 1024)
    {
        using var reader = new ServerSentEventReader(new MemoryStream(Encoding.UTF8.GetBytes(body)), maxEventBytes);
        var events = new List<(string?, string)>();
        while (await reader.ReadAsync())
        {
            events.Add((reader.EventType, Encoding.UTF8.GetString(reader.Data.Span)));
        }

        return events;
    }

    [Fact]
    public async Task Reads_data_lines_joined_and_skips_comments_and_empty_events()
    {
        var events = await ReadAll(": keep-alive\n\ndata: {\"a\":1}\n\nevent: error\ndata: line1\ndata:line2\r\n\r\nid: 7\n\ndata: last");

        Assert.Equal(new (string?, string)[] { (null, "{\"a\":1}"), ("error", "line1\nline2"), (null, "last") }, events);
    }

    [Fact]
    public async Task An_event_longer_than_the_limit_is_refused()
    {
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ReadAll("data: " + new string('x', 100) + "\n\n", maxEventBytes: 50));

        Assert.Contains("50 bytes", error.Message);
    }

    [Fact]
    public async Task Events_are_read_as_the_stream_gives_them_not_after_it_ends()
    {
        var source = new GeneratedEventStream(10_000, i => $"{{\"N\":{i}}}");
        using var reader = new ServerSentEventReader(source);

        for (var i = 0; i < 10_000; i++)
        {
            Assert.True(await reader.ReadAsync());
            // Only what the reader's buffer holds beyond this event has been taken from the stream.
            Assert.True(source.EventsMade <= i + 1 + (4096 / 10), $"event {i}: {source.EventsMade} events taken from the stream");
        }

        Assert.False(await reader.ReadAsync());
    }

    [Fact]
    public async Task Reading_10000_events_allocates_no_memory_per_event()
    {
        var source = GeneratedEventStream.Repeating(10_000, "{\"Choices\":[{\"Delta\":{\"Content\":\"token\"}}],\"Id\":\"148b89ef\"}");
        using var reader = new ServerSentEventReader(source);
        Assert.True(await reader.ReadAsync());

        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = 1;
        while (await reader.ReadAsync())
        {
            read++;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(10_000, read);
        // Flat: no buffer grows with the stream, nothing is allocated per event (the body is ~600 KB).
        Assert.True(allocated < 8 * 1024, $"{allocated} bytes allocated reading {source.BytesRead} bytes");
    }

    [Fact]
    public void The_writer_frames_what_the_reader_reads()
    {
        var bytes = ServerSentEventWriter.ToBytes("a\nb", "error");

        Assert.Equal("event: error\ndata: a\ndata: b\n\n", Encoding.UTF8.GetString(bytes));
    }
}
