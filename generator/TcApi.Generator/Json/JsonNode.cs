using System.Collections.Generic;

namespace TcApi.Generator.Json;

internal enum JsonNodeKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>A JSON value with the span of source text it came from, so spec errors can point at it.</summary>
internal sealed class JsonNode
{
    public JsonNode(JsonNodeKind kind, int start, int end, SourceDocument document)
    {
        Kind = kind;
        Start = start;
        End = end;
        Document = document;
    }

    public JsonNodeKind Kind { get; }

    /// <summary>The file the node was read from.</summary>
    public SourceDocument Document { get; }

    /// <summary>Offset of the first character, in the UTF-16 text of the file.</summary>
    public int Start { get; }

    /// <summary>Offset just past the last character.</summary>
    public int End { get; set; }

    /// <summary>The decoded text of a string, or the literal text of a number.</summary>
    public string Text { get; set; } = string.Empty;

    // Most nodes are strings and numbers: their lists are never made (a spec has tens of thousands of nodes).
    private List<JsonProperty>? _properties;
    private List<JsonNode>? _items;
    private List<JsonProperty>? _duplicateKeys;

    public IReadOnlyList<JsonProperty> Properties => (IReadOnlyList<JsonProperty>?)_properties ?? System.Array.Empty<JsonProperty>();

    public IReadOnlyList<JsonNode> Items => (IReadOnlyList<JsonNode>?)_items ?? System.Array.Empty<JsonNode>();

    /// <summary>Properties whose name appeared earlier in the same object.</summary>
    public IReadOnlyList<JsonProperty> DuplicateKeys => (IReadOnlyList<JsonProperty>?)_duplicateKeys ?? System.Array.Empty<JsonProperty>();

    public void AddProperty(JsonProperty property) => (_properties ??= new List<JsonProperty>()).Add(property);

    public void AddDuplicateKey(JsonProperty property) => (_duplicateKeys ??= new List<JsonProperty>()).Add(property);

    public void AddItem(JsonNode item) => (_items ??= new List<JsonNode>()).Add(item);

    /// <summary>Replaces the property called <paramref name="property"/>'s name, or adds it.</summary>
    public void SetProperty(JsonProperty property)
    {
        var properties = _properties ??= new List<JsonProperty>();
        for (var i = 0; i < properties.Count; i++)
        {
            if (properties[i].Name == property.Name)
            {
                properties[i] = property;
                return;
            }
        }

        properties.Add(property);
    }

    public void RemoveProperty(string name) => _properties?.RemoveAll(p => p.Name == name);

    public void SetItems(IEnumerable<JsonNode> items) => _items = new List<JsonNode>(items);

    public JsonNode? this[string name]
    {
        get
        {
            foreach (var property in Properties)
            {
                if (property.Name == name)
                {
                    return property.Value;
                }
            }

            return null;
        }
    }

    /// <summary>The property called <paramref name="name"/>, or <see langword="null"/>.</summary>
    public JsonProperty? Property(string name)
    {
        foreach (var property in Properties)
        {
            if (property.Name == name)
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>A copy of this object or array node whose property and item lists can be changed without touching this one.</summary>
    public JsonNode ShallowCopy()
    {
        return new JsonNode(Kind, Start, End, Document)
        {
            Text = Text,
            _properties = _properties is null ? null : new List<JsonProperty>(_properties),
            _items = _items is null ? null : new List<JsonNode>(_items),
            _duplicateKeys = _duplicateKeys is null ? null : new List<JsonProperty>(_duplicateKeys),
        };
    }

    /// <summary>The source text of the value, e.g. to keep an example exactly as written.</summary>
    public string SourceText() => Document.Text.ToString(Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(Start, End));

    public string Describe() => Kind switch
    {
        JsonNodeKind.Object => "an object",
        JsonNodeKind.Array => "an array",
        JsonNodeKind.String => "a string",
        JsonNodeKind.Number => "a number",
        JsonNodeKind.Null => "null",
        _ => "a boolean",
    };
}

/// <summary>A property of a JSON object, with the span of its name (in its value's document).</summary>
internal sealed class JsonProperty
{
    public JsonProperty(string name, int nameStart, int nameEnd, JsonNode value)
    {
        Name = name;
        NameStart = nameStart;
        NameEnd = nameEnd;
        Value = value;
    }

    public string Name { get; }

    /// <summary>A property with the same name and place holding <paramref name="value"/> instead.</summary>
    public JsonProperty WithValue(JsonNode value) => new(Name, NameStart, NameEnd, value);

    public int NameStart { get; }

    public int NameEnd { get; }

    public JsonNode Value { get; }
}
