using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TcApi.Import.Tencent;

namespace TcApi.Import.Translation;

/// <summary>
/// A published example written in the legacy query form (<c>https://cvm.tencentcloudapi.com/?Action=...&amp;Filters.0.Name=zone&amp;Limit=10</c>)
/// as the JSON body the service reads today: dotted keys become nested objects, numeric segments list items (in index
/// order, so both 0- and 1-based lists read), and each value takes the JSON kind its member's type in the metadata
/// gives (<c>Limit=10</c> a number, <c>InstanceName=10</c> a string). The common parameters (<c>Action</c>,
/// <c>Version</c>, ...) are left out unless the action has a member of that name.
/// </summary>
public static class QueryStringInput
{
    private static readonly HashSet<string> CommonParameters = new(StringComparer.Ordinal)
    {
        "Action", "Version", "Region", "Timestamp", "Nonce", "SecretId", "Signature", "SignatureMethod", "Token", "Language", "RequestClient",
    };

    /// <summary>
    /// The JSON body of <paramref name="text"/> for the action whose input object is <paramref name="inputObject"/>;
    /// null when the text is not a query (no <c>?</c>), or when its keys contradict each other (<c>A=1&amp;A.B=2</c>).
    /// </summary>
    public static JsonObject? ToJson(string text, ApiDocument api, string inputObject)
    {
        var question = text.IndexOf('?', StringComparison.Ordinal);
        if (question < 0)
        {
            return null;
        }

        var root = new KeyTree();
        foreach (var part in text.Substring(question + 1).Split('&'))
        {
            var pair = part.Trim();
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                // "<公共请求参数>" stands for the common parameters; any other text without a value says nothing.
                continue;
            }

            var path = pair.Substring(0, equals).Split('.');
            if (path.Any(segment => segment.Length == 0) || !root.Add(path, Unescape(pair.Substring(equals + 1).Trim())))
            {
                return null;
            }
        }

        var members = api.Objects.TryGetValue(inputObject, out var input) ? input.Members : Array.Empty<TencentMember>();
        foreach (var name in CommonParameters.Where(n => root.Children.ContainsKey(n) && members.All(m => m.Name != n)))
        {
            root.Remove(name);
        }

        return new Converter(api).Object(root, inputObject) as JsonObject;
    }

    /// <summary>Percent escapes are decoded where they are well formed; a literal <c>%</c> or <c>+</c> stays as written.</summary>
    private static string Unescape(string value) => value.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(value) : value;

    /// <summary>The keys of a query as a tree: each dotted segment a level, in the order they first appear.</summary>
    private sealed class KeyTree
    {
        private readonly List<string> _order = new();

        public Dictionary<string, KeyTree> Children { get; } = new(StringComparer.Ordinal);

        public string? Value { get; private set; }

        public IEnumerable<(string Key, KeyTree Child)> Ordered => _order.Select(key => (key, Children[key]));

        public bool Add(string[] path, string value, int depth = 0)
        {
            if (depth == path.Length)
            {
                if (Value is not null || Children.Count > 0)
                {
                    return false;
                }

                Value = value;
                return true;
            }

            if (Value is not null)
            {
                return false;
            }

            if (!Children.TryGetValue(path[depth], out var child))
            {
                child = new KeyTree();
                Children.Add(path[depth], child);
                _order.Add(path[depth]);
            }

            return child.Add(path, value, depth + 1);
        }

        public void Remove(string key)
        {
            Children.Remove(key);
            _order.Remove(key);
        }

        /// <summary>The list indexes of the children, in numeric order; null unless every key is one.</summary>
        public IReadOnlyList<(int Index, KeyTree Child)>? Items()
        {
            var items = new List<(int Index, KeyTree Child)>();
            foreach (var (key, child) in Ordered)
            {
                if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    return null;
                }

                items.Add((index, child));
            }

            return items.OrderBy(item => item.Index).ToList();
        }
    }

    /// <summary>Builds JSON from a key tree, guided by the members of the metadata's objects.</summary>
    private sealed class Converter
    {
        private readonly ApiDocument _api;

        public Converter(ApiDocument api) => _api = api;

        /// <summary>The node for an object of the metadata (or, when <paramref name="objectName"/> is unknown, for keys alone).</summary>
        public JsonNode? Object(KeyTree tree, string? objectName)
        {
            if (tree.Value is { } text)
            {
                return Embedded(text, JsonValueKind.Object);
            }

            var members = objectName is not null && _api.Objects.TryGetValue(objectName, out var source) ? source.Members : null;
            var result = new JsonObject();
            foreach (var (key, child) in tree.Ordered)
            {
                var member = members?.FirstOrDefault(m => m.Name == key);
                result[key] = member is null ? Untyped(child) : Member(child, member);
            }

            return result;
        }

        private JsonNode? Member(KeyTree tree, TencentMember member) => member.Type switch
        {
            "list" => List(tree, member.Member),
            "object" => Object(tree, member.Member),
            _ => tree.Value is { } text ? Scalar(text, member.Type) : Untyped(tree),
        };

        /// <summary>A list whose items are <paramref name="itemType"/>: a scalar name or an object's.</summary>
        private JsonNode? List(KeyTree tree, string itemType)
        {
            if (tree.Value is { } text)
            {
                return Embedded(text, JsonValueKind.Array);
            }

            if (tree.Items() is not { } items)
            {
                return Untyped(tree);
            }

            var list = new JsonArray();
            foreach (var (_, child) in items)
            {
                list.Add(IsScalar(itemType)
                    ? child.Value is { } value ? Scalar(value, itemType) : Untyped(child)
                    : Object(child, itemType));
            }

            return list;
        }

        /// <summary>Keys the metadata does not describe: numeric segments make lists, values stay strings.</summary>
        private static JsonNode? Untyped(KeyTree tree)
        {
            if (tree.Value is { } text)
            {
                return JsonValue.Create(text);
            }

            if (tree.Items() is { } items)
            {
                return new JsonArray(items.Select(item => Untyped(item.Child)).ToArray());
            }

            var result = new JsonObject();
            foreach (var (key, child) in tree.Ordered)
            {
                result[key] = Untyped(child);
            }

            return result;
        }

        private static bool IsScalar(string type) =>
            type is "string" or "int" or "int64" or "uint64" or "float" or "double" or "bool" or "binary" or "datetime" or "datetime_iso" or "date";

        /// <summary>A value as its member's type has it on the wire; text that is not of that type stays text, for the reader to judge.</summary>
        private static JsonNode? Scalar(string text, string type)
        {
            switch (type)
            {
                case "int" or "int64" or "uint64":
                    if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
                    {
                        return JsonValue.Create(integer);
                    }

                    if (ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var unsigned))
                    {
                        return JsonValue.Create(unsigned);
                    }

                    break;
                case "float" or "double":
                    if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                    {
                        return JsonValue.Create(number);
                    }

                    break;
                case "bool":
                    if (bool.TryParse(text, out var flag))
                    {
                        return JsonValue.Create(flag);
                    }

                    break;
            }

            return JsonValue.Create(text);
        }

        /// <summary>An object or list written whole as a JSON value (<c>Config={"A": 1}</c>); otherwise the text as it is.</summary>
        private static JsonNode? Embedded(string text, JsonValueKind kind)
        {
            try
            {
                if (JsonNode.Parse(text) is { } node && node.GetValueKind() == kind)
                {
                    return node;
                }
            }
            catch (JsonException)
            {
            }

            return JsonValue.Create(text);
        }
    }
}
