using System.Text;

namespace TcApi.Streaming.Tests;

/// <summary>
/// A body of <c>count</c> events made on demand, never held whole: it counts what has been read from it, so a test can
/// prove a reader took events as they came rather than the whole body first.
/// </summary>
internal sealed class GeneratedEventStream(int count, Func<int, byte[]> makeEvent) : Stream
{
    /// <summary>Events made from <paramref name="eventJson"/> as they are read.</summary>
    public GeneratedEventStream(int count, Func<int, string> eventJson)
        : this(count, i => Encoding.UTF8.GetBytes("data: " + eventJson(i) + "\n\n"))
    {
    }

    /// <summary>The same event, framed once, <paramref name="count"/> times: the stream itself allocates nothing per event.</summary>
    public static GeneratedEventStream Repeating(int count, string eventJson)
    {
        var framed = Encoding.UTF8.GetBytes("data: " + eventJson + "\n\n");
        return new GeneratedEventStream(count, _ => framed);
    }

    private byte[] _current = [];
    private int _offset;
    private int _next;

    public long BytesRead { get; private set; }

    public int EventsMade => _next;

    public override int Read(byte[] buffer, int offset, int length) => Read(buffer.AsSpan(offset, length));

    public override int Read(Span<byte> buffer)
    {
        if (_offset == _current.Length)
        {
            if (_next == count)
            {
                return 0;
            }

            _current = makeEvent(_next++);
            _offset = 0;
        }

        var n = Math.Min(buffer.Length, _current.Length - _offset);
        _current.AsSpan(_offset, n).CopyTo(buffer);
        _offset += n;
        BytesRead += n;
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        new(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
