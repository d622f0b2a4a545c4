using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Json;
using TcApi.Generator.Model;
using TcApi.Generator.Rules;

namespace TcApi.Generator.Spec;

/// <summary>
/// Examples are test vectors. One with an <c>expect</c> is checked on every build: its input is read the way the
/// service reads a request and evaluated against its expected outcome. One without (a published example as imported)
/// is data for tests and emulators, and is not checked at build time.
/// </summary>
internal sealed partial class SpecParser
{
    private static readonly string[] ExampleKeys =
    {
        "title", "description", "source", "input", "inputText", "inputFormat", "output", "outputText", "expect",
    };

    private void ParseAllExamples(JsonNode root, List<ActionModel> actions, Dictionary<string, EnumModel> enums, List<ObjectModel> objects)
    {
        var byName = actions.ToDictionary(a => a.Name);
        var objectsByName = objects.ToDictionary(o => o.Name);
        foreach (var node in root["actions"]?.Items ?? Enumerable.Empty<JsonNode>())
        {
            if (node["name"] is { Kind: JsonNodeKind.String } name && byName.TryGetValue(name.Text, out var action))
            {
                ParseExamples(node["examples"], $"action '{action.Name}'", action, enums, objectsByName);
            }
        }
    }

    private void ParseExamples(JsonNode? node, string owner, ActionModel action, Dictionary<string, EnumModel> enums, Dictionary<string, ObjectModel> objects)
    {
        if (node is null || !ExpectKind(node, JsonNodeKind.Array, $"{owner}: examples"))
        {
            return;
        }

        HashSet<string>? knownIds = null;
        foreach (var example in node.Items)
        {
            if (!ExpectKind(example, JsonNodeKind.Object, $"an example of {owner}"))
            {
                continue;
            }

            var what = $"an example of {owner}";
            CheckKeys(example, what, ExampleKeys);
            var title = RequiredString(example, "title", what) ?? "(untitled)";
            OptionalString(example, "description", what);
            EnumKeyword(example, "source", what, required: false, "published", "authored");
            EnumKeyword(example, "inputFormat", what, required: false, "json", "query", "multipart", "binary", "other");
            if (example["input"] is null && example["inputText"] is null)
            {
                Report(DiagnosticDescriptors.MissingKey, At(example, headOnly: true), "input", what);
            }

            if (example["expect"] is not { } expectNode)
            {
                continue;
            }

            knownIds ??= KnownRuleIds(action, objects);
            var expected = ParseExpectation(expectNode, title, knownIds);
            var input = Required(example, "input", $"example '{title}' (one with 'expect' needs a JSON input)");
            var reader = new ExampleReader(this, title, enums, objects);
            if (example["output"] is { } output)
            {
                reader.CheckOutput(output, action);
            }

            if (input is null || !ExpectKind(input, JsonNodeKind.Object, $"example '{title}': input") || expected is null)
            {
                continue;
            }

            if (reader.ReadObject(input, action.Input, action.Name, string.Empty) is not { } values)
            {
                continue;
            }

            var actual = RuleEvaluator.Violations(action, objects, enums, values);
            if (!actual.OrderBy(x => x, System.StringComparer.Ordinal).SequenceEqual(expected.OrderBy(x => x, System.StringComparer.Ordinal)))
            {
                Report(DiagnosticDescriptors.ExampleMismatch, At(expectNode), title, Outcome(expected), Outcome(actual));
            }
        }
    }

    private static HashSet<string> KnownRuleIds(ActionModel action, Dictionary<string, ObjectModel> objects)
    {
        var ids = new HashSet<string>(action.Rules.Select(r => r.Id));
        ids.UnionWith(action.Input.SelectMany(m => m.Constraints.Concat(m.ItemConstraints)).Select(c => c.Id));
        foreach (var model in objects.Values.Where(o => o.IsInput))
        {
            ids.UnionWith(model.Rules.Select(r => r.Id));
            ids.UnionWith(model.Members.SelectMany(m => m.Constraints.Concat(m.ItemConstraints)).Select(c => c.Id));
        }

        return ids;
    }

    private static string Outcome(IReadOnlyCollection<string> ids) =>
        ids.Count == 0 ? "valid" : "in violation of " + string.Join(", ", ids);

    private List<string>? ParseExpectation(JsonNode node, string title, HashSet<string> knownIds)
    {
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

    /// <summary>Reads example values as the service reads a request: numbers may be strings, flags 0/1, null means absent.</summary>
    private sealed class ExampleReader
    {
        private readonly SpecParser _parser;
        private readonly string _title;
        private readonly Dictionary<string, EnumModel> _enums;
        private readonly Dictionary<string, ObjectModel> _objects;

        public ExampleReader(SpecParser parser, string title, Dictionary<string, EnumModel> enums, Dictionary<string, ObjectModel> objects)
        {
            _parser = parser;
            _title = title;
            _enums = enums;
            _objects = objects;
        }

        public SpecValue? ReadObject(JsonNode node, IReadOnlyList<MemberModel> members, string owner, string path)
        {
            var values = new List<SpecProperty>();
            var ok = true;
            foreach (var property in node.Properties)
            {
                var member = members.FirstOrDefault(m => m.WireName == property.Name);
                if (member is null)
                {
                    Fail(AtKey(property), $"'{path}/{property.Name}' is not a member of {owner}");
                    ok = false;
                    continue;
                }

                if (Read(property.Value, member, path + "/" + property.Name) is { } value)
                {
                    values.Add(new SpecProperty(property.Name, value));
                }
                else
                {
                    ok = false;
                }
            }

            return ok ? SpecValue.OfObject(values.ToEquatableArray()) : null;
        }

        public void CheckOutput(JsonNode output, ActionModel action)
        {
            if (!_parser.ExpectKind(output, JsonNodeKind.Object, $"example '{_title}': output"))
            {
                return;
            }

            if (output["Response"] is not { Kind: JsonNodeKind.Object } response)
            {
                Fail(At(output), "the output must be an envelope {\"Response\": {...}}");
                return;
            }

            foreach (var member in action.Output)
            {
                if (response[member.WireName] is { } value)
                {
                    Read(value, member, "/Response/" + member.WireName);
                }
            }
        }

        private SpecValue? Read(JsonNode node, MemberModel member, string path)
        {
            if (node.Kind == JsonNodeKind.Null)
            {
                return SpecValue.Absent;
            }

            if (!member.IsList)
            {
                return ReadScalar(node, member, path);
            }

            if (node.Kind != JsonNodeKind.Array)
            {
                Fail(At(node), $"{path} must be an array, not {node.Describe()}");
                return null;
            }

            var items = new List<SpecValue>();
            for (var i = 0; i < node.Items.Count; i++)
            {
                if (ReadScalar(node.Items[i], member, $"{path}/{i}") is not { } item)
                {
                    return null;
                }

                items.Add(item);
            }

            return SpecValue.OfList(items.ToEquatableArray());
        }

        private SpecValue? ReadScalar(JsonNode node, MemberModel member, string path)
        {
            if (member.Scalar == ScalarKind.Object)
            {
                if (node.Kind != JsonNodeKind.Object)
                {
                    Fail(At(node), $"{path} must be an object, not {node.Describe()}");
                    return null;
                }

                var model = _objects[member.Reference!];
                return ReadObject(node, model.Members, model.Name, path);
            }

            if (Scalar(node, member) is { } value)
            {
                return value;
            }

            Fail(At(node), $"{path} must be {Expected(member)}, not {node.Describe()} {(node.Kind is JsonNodeKind.String or JsonNodeKind.Number ? node.Text : string.Empty)}".TrimEnd());
            return null;
        }

        private SpecValue? Scalar(JsonNode node, MemberModel member)
        {
            var numberText = node.Kind is JsonNodeKind.Number or JsonNodeKind.String ? node.Text : null;
            var isInteger = long.TryParse(numberText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer);
            switch (member.Scalar)
            {
                case ScalarKind.String or ScalarKind.Binary:
                    return node.Kind == JsonNodeKind.String ? SpecValue.OfString(node.Text) : null;
                case ScalarKind.Integer:
                    return isInteger ? SpecValue.OfInteger(integer) : null;
                case ScalarKind.Float:
                    return double.TryParse(numberText, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? SpecValue.OfFloat(number) : null;
                case ScalarKind.Boolean or ScalarKind.Flag:
                    if (node.Kind is JsonNodeKind.True or JsonNodeKind.False)
                    {
                        return SpecValue.OfBool(node.Kind == JsonNodeKind.True);
                    }

                    if (member.Scalar == ScalarKind.Boolean && node.Kind == JsonNodeKind.String && node.Text is "true" or "false")
                    {
                        return SpecValue.OfBool(node.Text == "true");
                    }

                    return isInteger && integer is 0 or 1 ? SpecValue.OfBool(integer == 1) : null;
                default:
                    if (_enums[member.Reference!].IsStringOnWire)
                    {
                        return node.Kind == JsonNodeKind.String ? SpecValue.OfString(node.Text) : null;
                    }

                    return isInteger ? SpecValue.OfInteger(integer) : null;
            }
        }

        private string Expected(MemberModel member) => member.Scalar switch
        {
            ScalarKind.String or ScalarKind.Binary => "a string",
            ScalarKind.Integer => "a whole number (or a string of one)",
            ScalarKind.Float => "a number (or a string of one)",
            ScalarKind.Boolean => "true or false",
            ScalarKind.Flag => "0 or 1",
            _ => _enums[member.Reference!].IsStringOnWire ? "a string" : "a whole number",
        };

        private void Fail(LocationInfo at, string message) => _parser.Report(DiagnosticDescriptors.ExampleValue, at, _title, message);
    }
}
