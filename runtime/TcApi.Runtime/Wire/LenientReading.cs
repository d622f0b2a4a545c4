using System;
using System.Collections;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace TcApi.Wire;

/// <summary>
/// The lenient read of one response on this thread: whether it is on, and the values read leniently so far. Readers
/// consult it only where they would otherwise throw, so a valid answer never touches it.
/// </summary>
internal sealed class LenientReading
{
    [ThreadStatic]
    private static LenientReading? t_instance;

    [ThreadStatic]
    private static bool t_lenient;

    private bool _active;
    private LenientReadList? _reads;

    /// <summary>The lenient read in progress on this thread; null outside a lenient response read.</summary>
    public static LenientReading? Current => t_instance is { _active: true } reading ? reading : null;

    /// <summary>Whether responses read on this thread are read leniently (<see cref="ResponseReading.Leniently{T}"/>).</summary>
    public static bool Lenient
    {
        get => t_lenient;
        set => t_lenient = value;
    }

    /// <summary>The values read leniently, as the response holds them (filled in when the read ends).</summary>
    public IReadOnlyList<LenientRead> Reads => (IReadOnlyList<LenientRead>?)_reads ?? Array.Empty<LenientRead>();

    /// <summary>Starts a response read on this thread (one reused instance: nothing allocated for a valid answer).</summary>
    public static Scope Begin()
    {
        var reading = t_instance ??= new LenientReading();
        var scope = new Scope(reading, reading._active, reading._reads);
        reading._active = t_lenient;
        reading._reads = null;
        return scope;
    }

    /// <summary>Ends the read <paramref name="scope"/> began, restoring what it interrupted.</summary>
    public static void End(Scope scope)
    {
        scope.Reading._active = scope.WasActive;
        scope.Reading._reads = scope.Reads;
    }

    /// <summary>What a response read interrupted (nothing, in practice: reads do not nest).</summary>
    internal readonly struct Scope
    {
        public Scope(LenientReading reading, bool wasActive, LenientReadList? reads)
        {
            Reading = reading;
            WasActive = wasActive;
            Reads = reads;
        }

        public LenientReading Reading { get; }

        public bool WasActive { get; }

        public LenientReadList? Reads { get; }
    }

    public void Record(ref Utf8JsonReader reader, string expected, LenientReadOutcome outcome, string held)
    {
        _reads ??= new LenientReadList();
        _reads.Items.Add(new LenientRead(checked((int)reader.TokenStartIndex), string.Empty, string.Empty, expected, outcome, held));
    }

    /// <summary>Fills in each value's JSON pointer and raw JSON from the body (one pass over it, only when there are any).</summary>
    public void Complete(ReadOnlySpan<byte> utf8Json)
    {
        if (_reads is null)
        {
            return;
        }

        var items = _reads.Items;
        var located = new Dictionary<int, (string Path, string Raw)>();
        var wanted = new HashSet<int>();
        foreach (var read in items)
        {
            wanted.Add(read.Offset);
        }

        var reader = new Utf8JsonReader(utf8Json, WireReader.Options);
        if (reader.Read())
        {
            Walk(ref reader, utf8Json, new List<string>(), wanted, located);
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (located.TryGetValue(items[i].Offset, out var found))
            {
                items[i] = items[i].Located(found.Path, found.Raw);
            }
        }
    }

    /// <summary>Visits the value at the reader (and everything in it), noting those that start at a wanted offset.</summary>
    private static void Walk(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8Json, List<string> path, HashSet<int> wanted, Dictionary<int, (string, string)> located)
    {
        var start = checked((int)reader.TokenStartIndex);
        if (wanted.Contains(start))
        {
            var copy = reader;
            copy.Skip();
            var end = checked((int)copy.BytesConsumed);
            located[start] = (Pointer(path), Encoding.UTF8.GetString(utf8Json.Slice(start, end - start).ToArray()));
        }

        if (reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                path.Add(reader.GetString()!);
                reader.Read();
                Walk(ref reader, utf8Json, path, wanted, located);
                path.RemoveAt(path.Count - 1);
            }
        }
        else if (reader.TokenType == JsonTokenType.StartArray)
        {
            var index = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                path.Add(index.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Walk(ref reader, utf8Json, path, wanted, located);
                path.RemoveAt(path.Count - 1);
                index++;
            }
        }
    }

    private static string Pointer(List<string> path)
    {
        var text = new StringBuilder();
        foreach (var segment in path)
        {
            text.Append('/').Append(segment.Replace("~", "~0").Replace("/", "~1"));
        }

        return text.ToString();
    }

    /// <summary>The response's list: filled in place when the read ends, so the response built before that sees it whole.</summary>
    internal sealed class LenientReadList : IReadOnlyList<LenientRead>
    {
        public List<LenientRead> Items { get; } = new();

        public int Count => Items.Count;

        public LenientRead this[int index] => Items[index];

        public IEnumerator<LenientRead> GetEnumerator() => Items.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
