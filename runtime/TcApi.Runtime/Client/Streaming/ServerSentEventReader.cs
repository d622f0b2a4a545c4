using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace TcApi.Client.Streaming;

/// <summary>
/// Reads server-sent events (the <c>text/event-stream</c> format) from a stream as they arrive: one pooled buffer for
/// lines and one for the event's data, so memory stays bounded by the largest event however long the stream runs.
/// </summary>
/// <remarks>
/// Lines end with <c>\n</c> or <c>\r\n</c>; <c>data:</c> lines of one event are joined with <c>\n</c>; a line starting
/// with <c>:</c> is a comment; an event is dispatched at a blank line, or at the end of the stream when it has data
/// (the official SDKs read a last event without its blank line too). Not thread-safe.
/// </remarks>
public sealed class ServerSentEventReader : IDisposable
{
    private const int InitialBufferSize = 4096;

    private readonly Stream _stream;
    private readonly int _maxEventBytes;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private byte[] _data;
    private int _dataLength;
    private bool _hasData;
    private bool _ended;

    /// <summary>Reads from <paramref name="stream"/>; an event or line longer than <paramref name="maxEventBytes"/> is refused.</summary>
    public ServerSentEventReader(Stream stream, int maxEventBytes = 10 * 1024 * 1024)
    {
        _stream = stream ?? throw new ArgumentNullException(nameof(stream));
        if (maxEventBytes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxEventBytes), maxEventBytes, "An event may hold at least one byte.");
        }

        _maxEventBytes = maxEventBytes;
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Min(InitialBufferSize, maxEventBytes + 2));
        _data = ArrayPool<byte>.Shared.Rent(Math.Min(InitialBufferSize, maxEventBytes));
    }

    /// <summary>The current event's data (its <c>data:</c> lines joined by <c>\n</c>); valid until the next read.</summary>
    public ReadOnlyMemory<byte> Data => _data.AsMemory(0, _dataLength);

    /// <summary>The current event's <c>event:</c> field, or <see langword="null"/> (a plain message).</summary>
    public string? EventType { get; private set; }

    /// <summary>The last <c>id:</c> the stream gave, kept across events as the format says.</summary>
    public string? LastEventId { get; private set; }

    /// <summary>The last <c>retry:</c> the stream gave, in milliseconds, or <see langword="null"/>.</summary>
    public int? RetryMilliseconds { get; private set; }

    /// <summary>Events read so far.</summary>
    public long EventCount { get; private set; }

    /// <summary>Reads up to the next event that carries data; <see langword="false"/> at the end of the stream.</summary>
    /// <exception cref="InvalidDataException">An event or a line is longer than the limit.</exception>
    public ValueTask<bool> ReadAsync(CancellationToken cancellationToken = default)
    {
        if (_buffer is null)
        {
            throw new ObjectDisposedException(nameof(ServerSentEventReader));
        }

        _dataLength = 0;
        _hasData = false;
        EventType = null;
        // Synchronous while the buffer holds the next event or the stream answers at once: no state machine per event.
        while (true)
        {
            if (TryNext(out var read))
            {
                return new ValueTask<bool>(read);
            }

            var fill = FillAsync(cancellationToken);
            if (!fill.IsCompletedSuccessfully)
            {
                return ReadAfterFillAsync(fill, cancellationToken);
            }

            _ = fill.Result;
        }
    }

    private async ValueTask<bool> ReadAfterFillAsync(ValueTask<int> fill, CancellationToken cancellationToken)
    {
        await fill.ConfigureAwait(false);
        while (true)
        {
            if (TryNext(out var read))
            {
                return read;
            }

            await FillAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Takes the lines the buffer holds: <see langword="true"/> with <paramref name="read"/> when an event is complete or
    /// the stream has ended, <see langword="false"/> when more of the stream is needed.
    /// </summary>
    private bool TryNext(out bool read)
    {
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (newline < 0)
            {
                break;
            }

            var lineEnd = newline > _start && _buffer[newline - 1] == (byte)'\r' ? newline - 1 : newline;
            var line = _buffer.AsSpan(_start, lineEnd - _start);
            _start = newline + 1;
            if (line.Length == 0)
            {
                if (_hasData)
                {
                    EventCount++;
                    read = true;
                    return true;
                }

                EventType = null;
                continue;
            }

            Field(line);
        }

        if (!_ended)
        {
            read = false;
            return false;
        }

        if (_end > _start)
        {
            // A last line without its line ending.
            Field(_buffer.AsSpan(_start, _end - _start));
            _start = _end;
        }

        read = _hasData;
        if (_hasData)
        {
            _hasData = false;
            EventCount++;
        }

        return true;
    }

    /// <summary>Reads more of the stream behind what the buffer holds; the count read (0: the stream ended).</summary>
    private ValueTask<int> FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= _maxEventBytes + 2)
            {
                throw new InvalidDataException($"A line of the event stream is longer than the {_maxEventBytes} bytes allowed.");
            }

            _buffer = Grow(_buffer, _end, Math.Min((long)_buffer.Length * 2, (long)_maxEventBytes + 2));
        }

        var pending = _stream.ReadAsync(_buffer.AsMemory(_end, _buffer.Length - _end), cancellationToken);
        return pending.IsCompletedSuccessfully ? new ValueTask<int>(Filled(pending.Result)) : FilledAsync(pending);
    }

    private async ValueTask<int> FilledAsync(ValueTask<int> pending) => Filled(await pending.ConfigureAwait(false));

    private int Filled(int read)
    {
        if (read == 0)
        {
            _ended = true;
        }

        _end += read;
        return read;
    }

    private void Field(ReadOnlySpan<byte> line)
    {
        if (line[0] == (byte)':')
        {
            return;
        }

        var colon = line.IndexOf((byte)':');
        var name = colon < 0 ? line : line.Slice(0, colon);
        var value = colon < 0 ? ReadOnlySpan<byte>.Empty : line.Slice(colon + 1);
        if (value.Length > 0 && value[0] == (byte)' ')
        {
            value = value.Slice(1);
        }

        if (name.SequenceEqual("data"u8))
        {
            AppendData(value);
        }
        else if (name.SequenceEqual("event"u8))
        {
            EventType = Text(value);
        }
        else if (name.SequenceEqual("id"u8))
        {
            // An id holding NUL is ignored, as the format says.
            if (value.IndexOf((byte)0) < 0)
            {
                LastEventId = Text(value);
            }
        }
        else if (name.SequenceEqual("retry"u8) && TryDigits(value, out var retry))
        {
            RetryMilliseconds = retry;
        }
    }

    private void AppendData(ReadOnlySpan<byte> value)
    {
        var needed = (long)_dataLength + (_hasData ? 1 : 0) + value.Length;
        if (needed > _maxEventBytes)
        {
            throw new InvalidDataException($"An event of the event stream is longer than the {_maxEventBytes} bytes allowed.");
        }

        if (needed > _data.Length)
        {
            _data = Grow(_data, _dataLength, Math.Min(Math.Max((long)_data.Length * 2, needed), _maxEventBytes));
        }

        if (_hasData)
        {
            _data[_dataLength++] = (byte)'\n';
        }

        value.CopyTo(_data.AsSpan(_dataLength));
        _dataLength += value.Length;
        _hasData = true;
    }

    private static byte[] Grow(byte[] buffer, int used, long size)
    {
        var larger = ArrayPool<byte>.Shared.Rent((int)size);
        Buffer.BlockCopy(buffer, 0, larger, 0, used);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }

    private static bool TryDigits(ReadOnlySpan<byte> value, out int number)
    {
        number = 0;
        if (value.IsEmpty || value.Length > 9)
        {
            return false;
        }

        foreach (var b in value)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            number = (number * 10) + (b - '0');
        }

        return true;
    }

    private static string Text(ReadOnlySpan<byte> value)
    {
#if NET
        return Encoding.UTF8.GetString(value);
#else
        return Encoding.UTF8.GetString(value.ToArray());
#endif
    }

    /// <summary>Returns the buffers to the pool; the stream is the caller's.</summary>
    public void Dispose()
    {
        if (_buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            ArrayPool<byte>.Shared.Return(_data);
            _buffer = null!;
            _data = null!;
        }
    }
}
