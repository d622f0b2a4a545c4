using System.Text;
using System.Text.Json.Nodes;

namespace TcApi.Generator.Tests.Fuzzing;

/// <summary>One structural or byte-level change to a spec file, chosen by the fuzzer.</summary>
internal sealed record SpecMutation(int Kind, int Target, int Other, int Amount)
{
    public const int Kinds = 12;

    // The mutator must be able to write what the generator must be able to reject.
    private static readonly System.Text.Json.JsonSerializerOptions Deep = new() { WriteIndented = true, MaxDepth = 4096 };

    public override string ToString() => Kind switch
    {
        0 => $"delete key #{Target}",
        1 => $"duplicate key #{Target}",
        2 => $"swap the values of keys #{Target} and #{Other}",
        3 => $"change the type of value #{Target} ({Amount})",
        4 => $"huge number at value #{Target}",
        5 => $"nest value #{Target} {Amount} deep",
        6 => $"invalid UTF-8 at byte {Target}",
        7 => $"truncate at {Target}",
        8 => "empty file",
        9 => $"insert text at {Target}",
        10 => $"negate number #{Target}",
        _ => $"rename key #{Target}",
    };

    public byte[] Apply(string spec)
    {
        switch (Kind)
        {
            case 6:
                var bytes = Encoding.UTF8.GetBytes(spec);
                var at = Target % bytes.Length;
                return [.. bytes[..at], 0xC3, 0x28, 0xFF, .. bytes[at..]];
            case 7:
                return Encoding.UTF8.GetBytes(spec[..(Target % spec.Length)]);
            case 8:
                return [];
            case 9:
                var position = Target % spec.Length;
                return Encoding.UTF8.GetBytes(spec[..position] + new[] { "{", "}", "[", ",", "\"", ":", "null", "1e999", "\\u0000" }[Amount % 9] + spec[position..]);
        }

        var root = JsonNode.Parse(spec)!;
        var properties = new List<(JsonObject Owner, string Name)>();
        var values = new List<JsonNode>();
        Walk(root, properties, values);
        switch (Kind)
        {
            case 0:
                var (owner, name) = properties[Target % properties.Count];
                owner.Remove(name);
                break;
            case 1:
                // A duplicate key cannot live in a JsonObject; write it into the text after serialising.
                var (dupOwner, dupName) = properties[Target % properties.Count];
                var text = root.ToJsonString(Deep);
                var marker = "\"" + dupName + "\":";
                var index = text.IndexOf(marker, StringComparison.Ordinal);
                return Encoding.UTF8.GetBytes(index < 0 ? text : text[..index] + marker + "1," + text[index..]);
            case 2:
                var (a, an) = properties[Target % properties.Count];
                var (b, bn) = properties[Other % properties.Count];
                if (!ReferenceEquals(a, b) || an != bn)
                {
                    var av = a[an]?.DeepClone();
                    var bv = b[bn]?.DeepClone();
                    if (!IsAncestor(a[an], b) && !IsAncestor(b[bn], a))
                    {
                        a[an] = bv;
                        b[bn] = av;
                    }
                }

                break;
            case 3:
                Replace(values[Target % values.Count], (Amount % 5) switch
                {
                    0 => JsonValue.Create("text"),
                    1 => JsonValue.Create(7),
                    2 => new JsonArray(),
                    3 => new JsonObject(),
                    _ => null,
                });
                break;
            case 4:
                var numbers = values.Where(v => v is JsonValue n && n.GetValueKind() == System.Text.Json.JsonValueKind.Number).ToList();
                if (numbers.Count > 0)
                {
                    var huge = root.ToJsonString(Deep).Replace(numbers[Target % numbers.Count].ToJsonString(), "123456789012345678901234567890");
                    return Encoding.UTF8.GetBytes(huge);
                }

                break;
            case 5:
                var nested = values[Target % values.Count];
                JsonNode wrapped = nested.DeepClone();
                for (var i = 0; i < 1 + (Amount % 90); i++)
                {
                    wrapped = new JsonArray(wrapped);
                }

                Replace(nested, wrapped);
                break;
            case 10:
                var negatable = values.Where(v => v is JsonValue n && n.GetValueKind() == System.Text.Json.JsonValueKind.Number).ToList();
                if (negatable.Count > 0)
                {
                    var chosen = negatable[Target % negatable.Count];
                    Replace(chosen, Negated(chosen.ToJsonString(), Amount));
                }

                break;
            default:
                var (renamedOwner, renamed) = properties[Target % properties.Count];
                var value = renamedOwner[renamed]?.DeepClone();
                renamedOwner.Remove(renamed);
                renamedOwner[renamed + "x"] = value;
                break;
        }

        return Encoding.UTF8.GetBytes(root.ToJsonString(Deep));
    }

    /// <summary>
    /// <c>-n - amount</c> of any JSON number as the spec writes it: whole (<c>7</c>), with a fraction (<c>0.0</c>,
    /// <c>80.64</c>) or beyond decimal's range (<c>1e999</c>, negated in its text).
    /// </summary>
    internal static JsonNode Negated(string number, int amount)
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        if (long.TryParse(number, System.Globalization.NumberStyles.AllowLeadingSign, invariant, out var whole))
        {
            return JsonValue.Create(unchecked(-whole - amount));
        }

        if (decimal.TryParse(number, System.Globalization.NumberStyles.Float, invariant, out var fraction) && Math.Abs(fraction) < 1e27m)
        {
            return JsonValue.Create(-fraction - amount);
        }

        return JsonNode.Parse(number.StartsWith('-') ? number[1..] : "-" + number)!;
    }

    private static void Walk(JsonNode? node, List<(JsonObject, string)> properties, List<JsonNode> values)
    {
        if (node is null)
        {
            return;
        }

        values.Add(node);
        if (node is JsonObject obj)
        {
            foreach (var property in obj.ToList())
            {
                properties.Add((obj, property.Key));
                Walk(property.Value, properties, values);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                Walk(item, properties, values);
            }
        }
    }

    private static bool IsAncestor(JsonNode? node, JsonNode? of)
    {
        for (var current = of; current is not null; current = current.Parent)
        {
            if (ReferenceEquals(current, node))
            {
                return true;
            }
        }

        return false;
    }

    private static void Replace(JsonNode node, JsonNode? replacement)
    {
        switch (node.Parent)
        {
            case JsonObject parent:
                parent[node.GetPropertyName()] = replacement;
                break;
            case JsonArray array:
                array[node.GetElementIndex()] = replacement;
                break;
        }
    }
}
