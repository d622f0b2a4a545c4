using System;
using System.Buffers;
using System.IO;
using System.Text.Json;
using TcApi.Wire;

namespace TcApi.Client.Pipeline;

/// <summary>
/// Writes a request's body with a <see cref="Utf8JsonWriter"/> and buffer kept per thread: a call then allocates only
/// the body itself, not a writer, a buffer writer and its first array each time.
/// </summary>
/// <remarks>
/// <see cref="IWireObject.WriteTo(Utf8JsonWriter)"/> is synchronous, so a thread never uses its writer twice at once. A buffer grown
/// past <see cref="MaxKeptBytes"/> by an unusually large request is dropped after it, so one such request does not pin
/// a large array to the thread.
/// </remarks>
internal static class RequestBodyWriter
{
    private const int MaxKeptBytes = 16 * 1024;

    [ThreadStatic]
    private static Cached? t_cached;

    public static byte[] Write(IApiRequest request, JsonWriterOptions options)
    {
        var cached = t_cached;
        t_cached = null;
        if (cached is null || cached.Options.SkipValidation != options.SkipValidation || cached.Options.Indented != options.Indented)
        {
            cached = new Cached(options);
        }

        try
        {
            cached.Writer.Reset(cached.Buffer);
            request.WriteTo(cached.Writer);
            cached.Writer.Flush();
            return cached.Buffer.WrittenSpan.ToArray();
        }
        finally
        {
            if (cached.Buffer.Capacity <= MaxKeptBytes)
            {
                cached.Buffer.Clear();
                t_cached = cached;
            }
        }
    }

    private sealed class Cached(JsonWriterOptions options)
    {
        public JsonWriterOptions Options { get; } = options;

        public ArrayBufferWriter<byte> Buffer { get; } = new(256);

        public Utf8JsonWriter Writer { get; } = new(Stream.Null, options);
    }
}
