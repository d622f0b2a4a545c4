using System;
using System.Buffers;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using TcApi.Errors;

namespace TcApi.Client;

/// <summary>
/// Reads an answer's body into a pooled buffer (<see cref="PooledAnswer"/>), refusing one larger than the limit while
/// reading rather than after buffering it.
/// </summary>
internal static class CappedBody
{
    // Below the large-object heap's threshold (85,000 bytes): an answer of unknown length starts in an ordinary array.
    private const int FirstChunk = 16 * 1024;

    public static async ValueTask<PooledAnswer> ReadAsync(string action, HttpResponseMessage response, int limit, CancellationToken cancellationToken)
    {
        var declared = response.Content.Headers.ContentLength;
        if (declared > limit)
        {
            throw TooLarge(action, $"{action}: the answer is {declared} bytes, more than the {limit} allowed (MaxResponseBytes).");
        }

        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        // A declared length sizes the buffer once; one byte more lets the loop see the end without growing it.
        var buffer = ArrayPool<byte>.Shared.Rent(declared is { } size ? (int)Math.Min(size + 1, (long)limit + 1) : Math.Min(limit, FirstChunk) + 1);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > limit)
                    {
                        throw TooLarge(action, $"{action}: the answer is larger than the {limit} bytes allowed (MaxResponseBytes).");
                    }

                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, (long)limit + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    var smaller = buffer;
                    buffer = larger;
                    ArrayPool<byte>.Shared.Return(smaller);
                }

                var read = await stream.ReadAsync(buffer.AsMemory(length, (int)Math.Min(buffer.Length, (long)limit + 1) - length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return new PooledAnswer(buffer, length);
                }

                length += read;
                if (length > limit)
                {
                    throw TooLarge(action, $"{action}: the answer is larger than the {limit} bytes allowed (MaxResponseBytes).");
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private static TencentCloudTransportException TooLarge(string action, string message) =>
        new(action, message, requestMayHaveBeenSent: true);
}
