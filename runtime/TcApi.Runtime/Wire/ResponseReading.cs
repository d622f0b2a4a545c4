using System;

namespace TcApi.Wire;

/// <summary>
/// How responses are read. A client reads leniently unless <see cref="Client.TencentCloudClientOptions.StrictResponseReading"/>
/// is set: a value that contradicts its member's documented type is read as the official SDK's Newtonsoft models read
/// it, or kept, and listed in the response's <c>LenientReads</c> (<see cref="LenientRead"/>; docs/production.md,
/// "Reading answers leniently"). A generated <c>Response.Read</c> called directly reads strictly, as it always has:
/// such a value is a <see cref="Errors.ResponseFormatException"/> naming its place.
/// </summary>
public static class ResponseReading
{
    /// <summary>Reads <paramref name="utf8Json"/> with <paramref name="read"/> (a generated <c>Response.Read</c>) leniently.</summary>
    public static T Leniently<T>(ResponseParser<T> read, ReadOnlySpan<byte> utf8Json) => With(read, utf8Json, lenient: true);

    /// <summary>
    /// Reads <paramref name="utf8Json"/> with <paramref name="read"/> strictly: a value of another type than documented
    /// throws <see cref="Errors.ResponseFormatException"/>, whatever the caller around it chose.
    /// </summary>
    public static T Strictly<T>(ResponseParser<T> read, ReadOnlySpan<byte> utf8Json) => With(read, utf8Json, lenient: false);

    private static T With<T>(ResponseParser<T> read, ReadOnlySpan<byte> utf8Json, bool lenient)
    {
        if (read is null)
        {
            throw new ArgumentNullException(nameof(read));
        }

        var previous = LenientReading.Lenient;
        LenientReading.Lenient = lenient;
        try
        {
            return read(utf8Json);
        }
        finally
        {
            LenientReading.Lenient = previous;
        }
    }
}
