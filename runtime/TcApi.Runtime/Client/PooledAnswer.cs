using System;
using System.Buffers;

namespace TcApi.Client;

/// <summary>
/// An answer's body in an array rented from <see cref="ArrayPool{T}.Shared"/>: read from it, then dispose it once to
/// give the array back. Nothing may keep a reference to <see cref="Span"/> or <see cref="Segment"/> after that — what
/// outlives the read (a response's strings, an exception's raw body) is copied out of it.
/// </summary>
/// <remarks>
/// A large answer would otherwise put a new array on the large-object heap on every call (anything from 85,000 bytes),
/// collected only with generation 2. The shared pool keeps arrays up to 1 GiB on .NET 8 and later and trims them
/// under memory pressure; on .NET Framework (the netstandard2.0 build) it pools arrays up to 1 MiB.
/// </remarks>
internal struct PooledAnswer : IDisposable
{
    private byte[]? _buffer;

    public PooledAnswer(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    /// <summary>The body's length in bytes.</summary>
    public int Length { get; }

    /// <summary>The body, valid until disposed.</summary>
    public readonly ReadOnlySpan<byte> Span => new(_buffer ?? throw Returned(), 0, Length);

    /// <summary>The body as an array segment (for APIs that take one), valid until disposed.</summary>
    public readonly ArraySegment<byte> Segment => new(_buffer ?? throw Returned(), 0, Length);

    /// <summary>Gives the array back to the pool; later calls do nothing.</summary>
    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ObjectDisposedException Returned() => new(nameof(PooledAnswer), "The answer's buffer has been returned to the pool.");
}
