using System;
using System.Buffers.Binary;
using System.Text.Json;

namespace TcApi.Wire;

/// <summary>
/// The short strings of one response read on this thread, by their UTF-8 bytes: a value that repeats across a list's
/// items (<c>"RUNNING"</c>, a zone, an image id) is made into a string once per read and shared by every item that holds
/// it, where each item used to hold a copy of its own. Bounded (<see cref="Slots"/> strings of at most
/// <see cref="MaxBytes"/> bytes, one table per thread, reused), exact (a hit is a byte-for-byte match; escaped and
/// non-ASCII values are not kept), and emptied when the read ends, so no string outlives the read in it.
/// </summary>
internal sealed class ReadStrings
{
    /// <summary>The longest value kept: enumeration-like values and ids are shorter; longer ones rarely repeat.</summary>
    public const int MaxBytes = 32;

    /// <summary>The table's size (a power of two): a value that finds its slot taken replaces what was there.</summary>
    public const int Slots = 256;

    private const int SlotBits = 8;

    [ThreadStatic]
    private static ReadStrings? t_instance;

    private readonly string?[] _slots = new string?[Slots];

    // The slots filled during this read, so that ending it clears only those: a small answer pays for its few strings.
    private readonly byte[] _filled = new byte[Slots];
    private int _filledCount;
    private bool _active;

    /// <summary>How many strings this thread's table holds (tests: none once a read has ended).</summary>
    internal static int HeldOnThisThread => t_instance?._filledCount ?? 0;

    /// <summary>Starts keeping strings for a read on this thread; <see langword="false"/> when one is already under way.</summary>
    public static bool Begin()
    {
        var strings = t_instance ??= new ReadStrings();
        if (strings._active)
        {
            return false;
        }

        strings._active = true;
        return true;
    }

    /// <summary>Ends the read <see cref="Begin"/> started (when it returned <see langword="true"/>), forgetting its strings.</summary>
    public static void End(bool began)
    {
        if (began && t_instance is { } strings)
        {
            strings.Clear();
        }
    }

    /// <summary>
    /// The current string token's value: the string already made for the same bytes in this read, or a new one (kept
    /// for the next time when it is short). Outside a read it is <see cref="Utf8JsonReader.GetString"/>.
    /// </summary>
    public static string Read(ref Utf8JsonReader reader)
    {
        var strings = t_instance;
        if (strings is not { _active: true } || reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > MaxBytes)
        {
            return reader.GetString()!;
        }

        var bytes = reader.ValueSpan;
        if (bytes.Length == 0)
        {
            return string.Empty;
        }

        var slot = SlotOf(bytes);
        var held = strings._slots[slot];
        if (held is not null && SameAscii(bytes, held))
        {
            return held;
        }

        // GetString validates the UTF-8 as before; a value is kept only when it is all ASCII (as many chars as bytes),
        // so that a later hit can compare byte with char.
        var value = reader.GetString()!;
        if (value.Length == bytes.Length)
        {
            strings.Keep(slot, held, value);
        }

        return value;
    }

    private void Keep(int slot, string? held, string value)
    {
        if (held is null)
        {
            _filled[_filledCount++] = (byte)slot;
        }

        _slots[slot] = value;
    }

    private void Clear()
    {
        for (var i = 0; i < _filledCount; i++)
        {
            _slots[_filled[i]] = null;
        }

        _filledCount = 0;
        _active = false;
    }

    /// <summary>
    /// The slot of a value: its length and its first and last eight bytes mixed. Values that differ only in between
    /// share a slot and take turns in it; that costs a string, never a wrong one (a hit compares every byte).
    /// </summary>
    private static int SlotOf(ReadOnlySpan<byte> bytes)
    {
        ulong head;
        ulong tail;
        if (bytes.Length >= 8)
        {
            head = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
            tail = BinaryPrimitives.ReadUInt64LittleEndian(bytes.Slice(bytes.Length - 8));
        }
        else
        {
            head = 0;
            foreach (var b in bytes)
            {
                head = (head << 8) | b;
            }

            tail = 0;
        }

        var mixed = (head * 0x9E3779B97F4A7C15UL) ^ ((tail + (ulong)bytes.Length) * 0xC2B2AE3D27D4EB4FUL);
        return (int)(mixed >> (64 - SlotBits));
    }

    /// <summary>Whether <paramref name="bytes"/> are <paramref name="held"/>'s characters (ASCII, as every kept string is).</summary>
    private static bool SameAscii(ReadOnlySpan<byte> bytes, string held)
    {
#if NET8_0_OR_GREATER
        return System.Text.Ascii.Equals(bytes, held.AsSpan());
#else
        if (bytes.Length != held.Length)
        {
            return false;
        }

        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != held[i])
            {
                return false;
            }
        }

        return true;
#endif
    }
}
