using System.Globalization;
using System.Text.Json;

namespace TcApi.Emulator.Cloud;

/// <summary>
/// An answer made from the response's types where no published example fits: the same for the same seed and action,
/// every member present (required or not), every list one item long, values of the member's type (an enumeration's
/// first value, a date-time in the service's format), objects that contain themselves cut off after three levels.
/// </summary>
internal sealed class AnswerSynthesizer
{
    private const int MaxDepth = 3;
    private readonly ServiceShapes _service;
    private readonly int _seed;

    public AnswerSynthesizer(ServiceShapes service, int seed)
    {
        _service = service;
        _seed = seed;
    }

    public void Write(ActionShape action, Utf8JsonWriter writer, string requestId)
    {
        var random = new Random(_seed ^ StableHash(action.Name));
        writer.WriteStartObject();
        writer.WriteStartObject("Response");
        if (action.Output.ValueKind == JsonValueKind.Array)
        {
            foreach (var member in action.Output.EnumerateArray())
            {
                var name = member.GetProperty("name").GetString()!;
                if (name is not "RequestId")
                {
                    writer.WritePropertyName(name);
                    Value(member, writer, random, 0, name);
                }
            }
        }

        writer.WriteString("RequestId", requestId);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private void Members(JsonElement members, Utf8JsonWriter writer, Random random, int depth)
    {
        writer.WriteStartObject();
        if (members.ValueKind == JsonValueKind.Array)
        {
            foreach (var member in members.EnumerateArray())
            {
                var name = member.GetProperty("name").GetString()!;
                var type = member.GetProperty("type").GetString();
                if (depth >= MaxDepth && type is "object" or "list")
                {
                    // A type that contains itself would never end; a deep optional member is left out.
                    if (member.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.True)
                    {
                        writer.WritePropertyName(name);
                        if (type == "list")
                        {
                            writer.WriteStartArray();
                            writer.WriteEndArray();
                        }
                        else
                        {
                            writer.WriteStartObject();
                            writer.WriteEndObject();
                        }
                    }

                    continue;
                }

                writer.WritePropertyName(name);
                Value(member, writer, random, depth, name);
            }
        }

        writer.WriteEndObject();
    }

    private void Value(JsonElement shape, Utf8JsonWriter writer, Random random, int depth, string name)
    {
        switch (shape.GetProperty("type").GetString())
        {
            case "list":
                writer.WriteStartArray();
                Value(shape.GetProperty("items"), writer, random, depth, name);
                writer.WriteEndArray();
                break;
            case "object":
                Members(_service.Objects.GetValueOrDefault(shape.GetProperty("object").GetString()!), writer, random, depth + 1);
                break;
            case "integer":
                writer.WriteNumberValue(random.Next(1, 1000));
                break;
            case "float":
                writer.WriteNumberValue(Math.Round(random.NextDouble() * 100, 2));
                break;
            case "boolean":
                writer.WriteBooleanValue(random.Next(2) == 1);
                break;
            case "flag":
                writer.WriteNumberValue(random.Next(2));
                break;
            case "binary":
                writer.WriteStringValue(Convert.ToBase64String(BitConverter.GetBytes(random.Next())));
                break;
            case "enum":
                EnumValue(shape, writer);
                break;
            default:
                writer.WriteStringValue(Text(shape, random, name));
                break;
        }
    }

    private void EnumValue(JsonElement shape, Utf8JsonWriter writer)
    {
        var e = _service.Enums.GetValueOrDefault(shape.GetProperty("enum").GetString()!);
        var first = e.ValueKind == JsonValueKind.Object ? e.GetProperty("values")[0].GetProperty("wire") : default;
        if (first.ValueKind == JsonValueKind.Number)
        {
            writer.WriteNumberValue(first.GetInt64());
        }
        else
        {
            writer.WriteStringValue(first.ValueKind == JsonValueKind.String ? first.GetString() : string.Empty);
        }
    }

    private static string Text(JsonElement shape, Random random, string name)
    {
        var moment = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(random.Next(0, 365 * 24 * 3600));
        return (shape.TryGetProperty("format", out var format) ? format.GetString() : null) switch
        {
            "datetime" => moment.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            "datetime_iso" => moment.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            "date" => moment.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => $"{name}-{random.Next(0x1000000):x6}",
        };
    }

    /// <summary>A hash that is the same in every process (string.GetHashCode is not).</summary>
    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }
}
