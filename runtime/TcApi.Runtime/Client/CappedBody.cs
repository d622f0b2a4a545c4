using System;
using System.Buffers;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using TcApi.Errors;

namespace TcApi.Client;

/// <summary>Reads an answer's body, refusing one larger than the limit while reading rather than after buffering it.</summary>
internal static class CappedBody
{
    public static async Task<byte[]> ReadAsync(string action, HttpResponseMessage response, int limit, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength is { } declared && declared > limit)
        {
            throw new TencentCloudTransportException(action, $"{action}: the answer is {declared} bytes, more than the {limit} allowed (MaxResponseBytes).", requestMayHaveBeenSent: true);
        }

        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(limit, 16 * 1024) + 1);
        try
        {
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > limit)
                    {
                        throw new TencentCloudTransportException(action, $"{action}: the answer is larger than the {limit} bytes allowed (MaxResponseBytes).", requestMayHaveBeenSent: true);
                    }

                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min((long)buffer.Length * 2, (long)limit + 1) is var size and > 0 ? (int)size : limit);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await stream.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length, limit + 1) - length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > limit)
                {
                    throw new TencentCloudTransportException(action, $"{action}: the answer is larger than the {limit} bytes allowed (MaxResponseBytes).", requestMayHaveBeenSent: true);
                }
            }

            return buffer.AsSpan(0, length).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
