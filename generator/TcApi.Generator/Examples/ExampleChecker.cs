using System.Collections.Generic;
using System.Linq;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Json;
using TcApi.Generator.Model;
using TcApi.Generator.Rules;
using TcApi.Generator.Spec;

namespace TcApi.Generator.Examples;

/// <summary>
/// The example stage, after a spec is parsed. Examples are test vectors. One with an <c>expect</c> is checked on every
/// build: its input is read the way the service reads a request (<see cref="ExampleReader"/>) and evaluated against its
/// expected outcome (<see cref="RuleEvaluator"/>). One without (a published example as imported) is data for tests and
/// emulators, and is not checked at build time. Problems are reported through the parser, located in the spec.
/// </summary>
internal sealed class ExampleChecker
{
    private static readonly string[] ExampleKeys =
    {
        "title", "description", "source", "input", "inputText", "inputFormat", "output", "outputText", "expect",
    };

    private readonly SpecParser _spec;

    public ExampleChecker(SpecParser spec) => _spec = spec;

    public void CheckAll(JsonNode root, List<ActionModel> actions, Dictionary<string, EnumModel> enums, List<ObjectModel> objects)
    {
        var byName = actions.ToDictionary(a => a.Name);
        var objectsByName = objects.ToDictionary(o => o.Name);
        foreach (var node in root["actions"]?.Items ?? Enumerable.Empty<JsonNode>())
        {
            if (node["name"] is { Kind: JsonNodeKind.String } name && byName.TryGetValue(name.Text, out var action))
            {
                Check(node["examples"], $"action '{action.Name}'", action, enums, objectsByName);
            }
        }
    }

    private void Check(JsonNode? node, string owner, ActionModel action, Dictionary<string, EnumModel> enums, Dictionary<string, ObjectModel> objects)
    {
        if (node is null || !_spec.ExpectKind(node, JsonNodeKind.Array, $"{owner}: examples"))
        {
            return;
        }

        HashSet<string>? knownIds = null;
        foreach (var example in node.Items)
        {
            if (!_spec.ExpectKind(example, JsonNodeKind.Object, $"an example of {owner}"))
            {
                continue;
            }

            var what = $"an example of {owner}";
            _spec.CheckKeys(example, what, ExampleKeys);
            var title = _spec.RequiredString(example, "title", what) ?? "(untitled)";
            _spec.OptionalString(example, "description", what);
            _spec.EnumKeyword(example, "source", what, required: false, "published", "authored");
            _spec.EnumKeyword(example, "inputFormat", what, required: false, "json", "query", "multipart", "binary", "other");
            if (example["input"] is null && example["inputText"] is null)
            {
                _spec.Report(DiagnosticDescriptors.MissingKey, SpecParser.At(example, headOnly: true), "input", what);
            }

            if (example["expect"] is not { } expectNode)
            {
                continue;
            }

            knownIds ??= KnownRuleIds(action, objects);
            var expected = ParseExpectation(expectNode, title, knownIds);
            var input = _spec.Required(example, "input", $"example '{title}' (one with 'expect' needs a JSON input)");
            var reader = new ExampleReader(_spec, title, enums, objects);
            if (example["output"] is { } output)
            {
                reader.CheckOutput(output, action);
            }

            if (input is null || !_spec.ExpectKind(input, JsonNodeKind.Object, $"example '{title}': input") || expected is null)
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
                _spec.Report(DiagnosticDescriptors.ExampleMismatch, SpecParser.At(expectNode), title, Outcome(expected), Outcome(actual));
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
            _spec.Report(DiagnosticDescriptors.WrongValueType, SpecParser.At(node), $"example '{title}': expect", "\"valid\" or an object {\"violates\": [rule ids]}");
            return null;
        }

        _spec.CheckKeys(node, $"example '{title}': expect", "violates");
        var list = _spec.RequiredArray(node, "violates", $"example '{title}': expect");
        if (list is null)
        {
            return null;
        }

        var ids = new List<string>();
        foreach (var item in list.Items)
        {
            if (_spec.AsString(item, $"example '{title}': violates") is not { } id)
            {
                return null;
            }

            if (!knownIds.Contains(id))
            {
                _spec.Report(DiagnosticDescriptors.UnknownReference, SpecParser.At(item), $"example '{title}'", "rule id", id);
                return null;
            }

            ids.Add(id);
        }

        return ids;
    }
}
