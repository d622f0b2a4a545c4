using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TcApi.Client;

namespace TcApi.Emulator.Cloud;

/// <summary>
/// One published example made ready to answer with, once per service version (the shapes are shared by every cloud):
/// its input as JSON to compare requests with, and its answer as bytes with a slot for the call's RequestId, so a call
/// neither parses examples nor re-serialises the answer.
/// </summary>
internal sealed class PreparedExample
{
    // Stands for the RequestId while the answer is serialised; its place is then cut out of the bytes.
    private const string Slot = "tcapi-local-cloud-request-id-slot";
    private readonly byte[] _before = [];
    private readonly byte[] _after = [];
    private readonly ConcurrentDictionary<Type, bool> _readable = new();

    private PreparedExample(int index, JsonElement input)
    {
        Index = index;
        Input = input;
    }

    /// <summary>Its place among the action's published examples.</summary>
    public int Index { get; }

    /// <summary>The request it shows, when that is a JSON object (<see cref="JsonValueKind.Undefined"/> otherwise).</summary>
    public JsonElement Input { get; }

    /// <summary>Whether it answers with server-sent events (<see cref="Events"/>) rather than a JSON envelope.</summary>
    public bool IsEventStream => Events is not null;

    /// <summary>The <c>data:</c> events as they are sent, for a streamed example.</summary>
    public byte[]? Events { get; private init; }

    /// <summary>Whether its answer is the service's error.</summary>
    public bool IsError { get; private init; }

    /// <summary>The example, or <see langword="null"/> when it has no answer the cloud can give (neither an envelope nor events).</summary>
    public static PreparedExample? Prepare(int index, JsonElement example)
    {
        var input = example.TryGetProperty("input", out var i) && i.ValueKind == JsonValueKind.Object ? i : default;
        if (example.TryGetProperty("outputText", out var text) && text.GetString() is { } events && IsEventText(events))
        {
            return new PreparedExample(index, input) { Events = Encoding.UTF8.GetBytes(events.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n\n") };
        }

        if (!example.TryGetProperty("output", out var output) || output.ValueKind != JsonValueKind.Object ||
            !output.TryGetProperty("Response", out var response) || response.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var node = JsonNode.Parse(output.GetRawText())!;
        node["Response"]!["RequestId"] = Slot;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(node);
        var at = bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Slot));
        return new PreparedExample(index, input, bytes[..at], bytes[(at + Slot.Length)..]) { IsError = response.TryGetProperty("Error", out _) };
    }

    private PreparedExample(int index, JsonElement input, byte[] before, byte[] after)
        : this(index, input)
    {
        _before = before;
        _after = after;
    }

    /// <summary>The answer's envelope with <paramref name="requestId"/>.</summary>
    public byte[] Answer(string requestId)
    {
        var id = JsonEncodedText.Encode(requestId).EncodedUtf8Bytes;
        var bytes = new byte[_before.Length + id.Length + _after.Length];
        _before.CopyTo(bytes, 0);
        id.CopyTo(bytes.AsSpan(_before.Length));
        _after.CopyTo(bytes, _before.Length + id.Length);
        return bytes;
    }

    /// <summary>Whether the binding's reader reads the answer (a published example its type contradicts does not fit); asked once per binding.</summary>
    public bool ReadableBy(ApiActionDescriptor? descriptor) =>
        descriptor is null || _readable.GetOrAdd(descriptor.ResponseType, _ =>
        {
            try
            {
                descriptor.ReadResponse(Answer("r"));
                return true;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return false;
            }
        });

    private static bool IsEventText(string text)
    {
        var start = text.TrimStart();
        return start.StartsWith("data:", StringComparison.Ordinal) || start.StartsWith("id:", StringComparison.Ordinal) || start.StartsWith("event:", StringComparison.Ordinal);
    }
}
