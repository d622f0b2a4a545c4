using System.Collections.Generic;
using System.Linq;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Json;
using TcApi.Generator.Model;

namespace TcApi.Generator.Spec;

internal sealed partial class SpecParser
{
    /// <summary>The service's own list of codes; actions name codes from it or define them inline (as version 1 did).</summary>
    private ErrorCodeTable ParseServiceErrorCodes(JsonNode? node)
    {
        var table = new ErrorCodeTable();
        if (node is null || !ExpectKind(node, JsonNodeKind.Array, "errorCodes"))
        {
            return table;
        }

        foreach (var item in node.Items)
        {
            if (ParseErrorCode(item, "the service") is { } code && !table.Add(code.Code, code.Description))
            {
                Report(DiagnosticDescriptors.Duplicate, At(item["code"]!), "error code of the service", code.Code);
            }
        }

        return table;
    }

    private List<string> ParseActionErrorCodes(JsonNode? node, string owner, ErrorCodeTable table)
    {
        var codes = new List<string>();
        if (node is null)
        {
            return codes;
        }

        var what = $"an error code of {owner}";
        foreach (var item in node.Items)
        {
            string? code;
            if (item.Kind == JsonNodeKind.String)
            {
                code = AsString(item, what);
                if (code is not null && !table.Descriptions.ContainsKey(code))
                {
                    Report(DiagnosticDescriptors.UnknownReference, At(item), owner, "error code (list it in the spec's errorCodes)", code);
                    continue;
                }
            }
            else
            {
                var defined = ParseErrorCode(item, owner);
                code = defined?.Code;
                if (defined is { } definition)
                {
                    table.Add(definition.Code, definition.Description);
                }
            }

            if (code is null)
            {
                continue;
            }

            if (codes.Contains(code))
            {
                Report(DiagnosticDescriptors.Duplicate, At(item), $"error code of {owner}", code);
                continue;
            }

            codes.Add(code);
            table.Referenced.Add(code);
        }

        return codes;
    }

    private (string Code, string Description)? ParseErrorCode(JsonNode item, string owner)
    {
        if (!ExpectKind(item, JsonNodeKind.Object, $"an error code of {owner}"))
        {
            return null;
        }

        CheckKeys(item, $"an error code of {owner}", "code", "description");
        var code = RequiredString(item, "code", $"an error code of {owner}");
        var description = OptionalString(item, "description", $"an error code of {owner}") ?? string.Empty;
        if (code is null)
        {
            return null;
        }

        if (!IsErrorCode(code))
        {
            Report(DiagnosticDescriptors.InvalidValue, At(item["code"]!), "code", $"'{code}' is not dot-separated words such as FailedOperation.LimitNumofListener");
            return null;
        }

        return (code, description);
    }

    private static bool IsErrorCode(string code) =>
        code.Length > 0 && char.IsLetter(code[0]) && code.All(c => char.IsLetterOrDigit(c) || c is '.' or '_') && !code.Contains("..");
}

/// <summary>The error codes of a spec while parsing: every definition, and which codes the actions name.</summary>
internal sealed class ErrorCodeTable
{
    private readonly List<string> _order = new();

    public Dictionary<string, string> Descriptions { get; } = new();

    public HashSet<string> Referenced { get; } = new();

    /// <summary>Adds a code; <see langword="false"/> when it is already defined (the first description stays).</summary>
    public bool Add(string code, string description)
    {
        if (Descriptions.ContainsKey(code))
        {
            return false;
        }

        Descriptions.Add(code, description);
        _order.Add(code);
        return true;
    }

    /// <summary>
    /// Every code with its C# member name: the code without dots, or — where two codes would share that name — with
    /// underscores for dots, numbered if even that collides. Decided in ordinal order of the codes, so stable.
    /// </summary>
    public IEnumerable<ErrorCodeModel> Ordered
    {
        get
        {
            var names = new Dictionary<string, string>();
            var result = new Dictionary<string, ErrorCodeModel>();
            foreach (var code in _order.OrderBy(c => c, System.StringComparer.Ordinal))
            {
                var name = code.Replace(".", string.Empty);
                if (names.ContainsKey(name))
                {
                    name = code.Replace('.', '_');
                    for (var n = 2; names.ContainsKey(name); n++)
                    {
                        name = code.Replace('.', '_') + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    }
                }

                names.Add(name, code);
                result.Add(code, new ErrorCodeModel(code, name, Descriptions[code]));
            }

            return _order.Select(c => result[c]);
        }
    }
}
