using System;
using System.Buffers;
using System.Text;

namespace TcApi.Client.Streaming;

/// <summary>
/// Writes server-sent events in the framing <see cref="ServerSentEventReader"/> reads: for an emulator or a test server
/// that streams an action's answer.
/// </summary>
public static class ServerSentEventWriter
{
    /// <summary>
    /// Writes one event: an <c>event:</c> line when <paramref name="eventType"/> is given, a <c>data:</c> line per line
    /// of <paramref name="data"/> (split at <c>\n</c>), and the blank line that ends it.
    /// </summary>
    public static void Write(IBufferWriter<byte> output, ReadOnlySpan<byte> data, string? eventType = null)
    {
        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        if (eventType is not null)
        {
            Append(output, "event: "u8);
            Append(output, Encoding.UTF8.GetBytes(eventType));
            Append(output, "\n"u8);
        }

        while (true)
        {
            var newline = data.IndexOf((byte)'\n');
            Append(output, "data: "u8);
            Append(output, newline < 0 ? data : data.Slice(0, newline));
            Append(output, "\n"u8);
            if (newline < 0)
            {
                break;
            }

            data = data.Slice(newline + 1);
        }

        Append(output, "\n"u8);
    }

    /// <summary>One event as bytes (see <see cref="Write(IBufferWriter{byte}, ReadOnlySpan{byte}, string?)"/>).</summary>
    public static byte[] ToBytes(ReadOnlySpan<byte> data, string? eventType = null)
    {
        var buffer = new ArrayBufferWriter<byte>(data.Length + 16);
        Write(buffer, data, eventType);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>One event as bytes from JSON or text.</summary>
    public static byte[] ToBytes(string data, string? eventType = null) => ToBytes(Encoding.UTF8.GetBytes(data), eventType);

    private static void Append(IBufferWriter<byte> output, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(output.GetSpan(bytes.Length));
        output.Advance(bytes.Length);
    }
}
