using System.Collections.Generic;

namespace TcApi.Generator.Spec;

/// <summary>The placeholders a message template of each kind of constraint or rule may use.</summary>
internal static class MessagePlaceholders
{
    private static readonly Dictionary<string, string[]> ByKind = new()
    {
        ["required"] = new[] { "member" },
        ["enum"] = new[] { "member", "value", "allowed", "index" },
        ["range"] = new[] { "member", "value", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "index" },
        ["length"] = new[] { "member", "value", "length", "minLength", "maxLength", "index" },
        ["byteLength"] = new[] { "member", "value", "bytes", "minBytes", "maxBytes", "index" },
        ["pattern"] = new[] { "member", "value", "pattern", "index" },
        ["itemCount"] = new[] { "member", "count", "minItems", "maxItems" },
        ["uniqueItems"] = new[] { "member", "value", "index", "firstIndex" },
        ["exactlyOneOf"] = new[] { "members", "count" },
        ["atMostOneOf"] = new[] { "members", "count" },
        ["atLeastOneOf"] = new[] { "members", "count" },
        ["allowedValues"] = new[] { "member", "value", "allowed", "index" },
        ["dependentRequired"] = new[] { "member", "requires" },
        ["compare"] = new[] { "left", "right", "leftValue", "rightValue", "operator" },
        ["implies"] = new[] { "when", "then", "whenValue", "thenValue" },
    };

    public static IReadOnlyList<string> For(string kind) => ByKind[kind];

    /// <summary>The placeholders used in <paramref name="template"/>, in order of appearance.</summary>
    public static IEnumerable<string> Used(string template)
    {
        var index = 0;
        while ((index = template.IndexOf('{', index)) >= 0)
        {
            var end = template.IndexOf('}', index + 1);
            if (end < 0)
            {
                yield break;
            }

            yield return template.Substring(index + 1, end - index - 1);
            index = end + 1;
        }
    }
}
