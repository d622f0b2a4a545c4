using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Json;
using TcApi.Generator.Model;
using TcApi.Generator.Rules;

namespace TcApi.Generator.Spec;

/// <summary>Examples are test vectors: each is read like the service reads a request and checked against its expected outcome.</summary>
internal sealed partial class SpecParser
{
    private void ParseExamples(JsonNode? node, string owner, ActionModel action, Dictionary<string, EnumModel> enums)
    {
        if (node is null || !ExpectKind(node, JsonNodeKind.Array, $"{owner}: examples"))
        {
            return;
        }

        var knownIds = new HashSet<string>(action.Input.SelectMany(m => m.Constraints.Concat(m.ItemConstraints)).Select(c => c.Id).Concat(action.Rules.Select(r => r.Id)));
        foreach (var example in node.Items)
        {
            if (!ExpectKind(example, JsonNodeKind.Object, $"an example of {owner}"))
            {
                continue;
            }

            var what = $"an example of {owner}";
            CheckKeys(example, what, "title", "description", "source", "input", "output", "expect");
            var title = RequiredString(example, "title", what) ?? "(untitled)";
            OptionalString(example, "description", what);
            EnumKeyword(example, "source", what, required: false, "published", "authored");
            var expected = ParseExpectation(Required(example, "expect", what), title, knownIds);
            var input = Required(example, "input", what);
            if (example["output"] is { } output)
            {
                CheckExampleOutput(output, title, action, enums);
            }

            if (input is null || !ExpectKind(input, JsonNodeKind.Object, $"example '{title}': input") || expected is null)
            {
                continue;
            }

            var values = ReadExampleValues(input, title, action, enums);
            if (values is null)
            {
                continue;
            }

            var actual = RuleEvaluator.Violations(action, enums, values);
            if (!actual.OrderBy(x => x).SequenceEqual(expected.OrderBy(x => x)))
            {
                Report(DiagnosticDescriptors.ExampleMismatch, At(example["expect"]!), title, Outcome(expected), Outcome(actual));
            }
        }
    }

    private static string Outcome(IReadOnlyCollection<string> ids) =>
        ids.Count == 0 ? "valid" : "in violation of " + string.Join(", ", ids);

    private List<string>? ParseExpectation(JsonNode? node, string title, HashSet<string> knownIds)
    {
        if (node is null)
        {
            return null;
        }

        if (node.Kind == JsonNodeKind.String && node.Text == "valid")
        {
            return new List<string>();
        }

        if (node.Kind != JsonNodeKind.Object)
        {
            Report(DiagnosticDescriptors.WrongValueType, At(node), $"example '{title}': expect", "\"valid\" or an object {\"violates\": [rule ids]}");
            return null;
        }

        CheckKeys(node, $"example '{title}': expect", "violates");
        var list = RequiredArray(node, "violates", $"example '{title}': expect");
        if (list is null)
        {
            return null;
        }

        var ids = new List<string>();
        foreach (var item in list.Items)
        {
            if (AsString(item, $"example '{title}': violates") is not { } id)
            {
                return null;
            }

            if (!knownIds.Contains(id))
            {
                Report(DiagnosticDescriptors.UnknownReference, At(item), $"example '{title}'", "rule id", id);
                return null;
            }

            ids.Add(id);
        }

        return ids;
    }

    private Dictionary<string, SpecValue>? ReadExampleValues(JsonNode input, string title, ActionModel action, Dictionary<string, EnumModel> enums)
    {
        var values = new Dictionary<string, SpecValue>();
        var ok = true;
        foreach (var property in input.Properties)
        {
            var member = action.Input.FirstOrDefault(m => m.WireName == property.Name);
            if (member is null)
            {
                Report(DiagnosticDescriptors.ExampleValue, AtKey(property), title, $"'{property.Name}' is not an input member of {action.Name}");
                ok = false;
                continue;
            }

            if (WireValue(property.Value, member, enums, title, property.Name) is { } value)
            {
                values[property.Name] = value;
            }
            else
            {
                ok = false;
            }
        }

        return ok ? values : null;
    }

    private void CheckExampleOutput(JsonNode output, string title, ActionModel action, Dictionary<string, EnumModel> enums)
    {
        if (!ExpectKind(output, JsonNodeKind.Object, $"example '{title}': output"))
        {
            return;
        }

        if (output["Response"] is not { Kind: JsonNodeKind.Object } response)
        {
            Report(DiagnosticDescriptors.ExampleValue, At(output), title, "the output must be an envelope {\"Response\": {...}}");
            return;
        }

        foreach (var member in action.Output)
        {
            if (response[member.WireName] is { } value)
            {
                WireValue(value, member, enums, title, "Response/" + member.WireName);
            }
            else if (member.Required && response["Error"] is null)
            {
                Report(DiagnosticDescriptors.ExampleValue, At(response), title, $"the output lacks the required member {member.WireName}");
            }
        }
    }

    /// <summary>Reads a value as the service does: numbers may be strings, flags 0/1, null means absent.</summary>
    private SpecValue? WireValue(JsonNode node, MemberModel member, Dictionary<string, EnumModel> enums, string title, string path)
    {
        if (node.Kind == JsonNodeKind.Null)
        {
            return SpecValue.Absent;
        }

        if (member.IsList)
        {
            if (node.Kind != JsonNodeKind.Array)
            {
                Report(DiagnosticDescriptors.ExampleValue, At(node), title, $"{path} must be an array, not {node.Describe()}");
                return null;
            }

            var items = new List<SpecValue>();
            for (var i = 0; i < node.Items.Count; i++)
            {
                var item = node.Items[i];
                if (ScalarWireValue(item, member, enums) is not { } value)
                {
                    Report(DiagnosticDescriptors.ExampleValue, At(item), title, $"{path}/{i} must be {Expected(member, enums)}, not {item.Describe()}");
                    return null;
                }

                items.Add(value);
            }

            return SpecValue.OfList(items.ToEquatableArray());
        }

        var scalar = ScalarWireValue(node, member, enums);
        if (scalar is null)
        {
            Report(DiagnosticDescriptors.ExampleValue, At(node), title, $"{path} must be {Expected(member, enums)}, not {node.Describe()} {node.Text}".TrimEnd());
        }

        return scalar;
    }

    private static SpecValue? ScalarWireValue(JsonNode node, MemberModel member, Dictionary<string, EnumModel> enums)
    {
        var integerText = node.Kind is JsonNodeKind.Number or JsonNodeKind.String ? node.Text : null;
        var isInteger = long.TryParse(integerText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer);
        switch (member.Scalar)
        {
            case ScalarKind.String:
                return node.Kind == JsonNodeKind.String ? SpecValue.OfString(node.Text) : null;
            case ScalarKind.Integer:
                return isInteger ? SpecValue.OfInteger(integer) : null;
            case ScalarKind.Flag:
                if (node.Kind is JsonNodeKind.True or JsonNodeKind.False)
                {
                    return SpecValue.OfBool(node.Kind == JsonNodeKind.True);
                }

                return isInteger && integer is 0 or 1 ? SpecValue.OfBool(integer == 1) : null;
            default:
                if (enums[member.EnumName!].IsStringOnWire)
                {
                    return node.Kind == JsonNodeKind.String ? SpecValue.OfString(node.Text) : null;
                }

                return isInteger ? SpecValue.OfInteger(integer) : null;
        }
    }

    private static string Expected(MemberModel member, Dictionary<string, EnumModel> enums) => member.Scalar switch
    {
        ScalarKind.String => "a string",
        ScalarKind.Integer => "a whole number (or a string of one)",
        ScalarKind.Flag => "0 or 1",
        _ => enums[member.EnumName!].IsStringOnWire ? "a string" : "a whole number",
    };
}
