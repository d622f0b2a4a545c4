using System.Collections.Generic;
using System.Linq;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Json;
using TcApi.Generator.Model;

namespace TcApi.Generator.Spec;

internal sealed partial class SpecParser
{
    private static readonly string[] ActionKeys =
    {
        "name", "description", "documentation", "rateLimit", "idempotent", "regionRequired",
        "input", "output", "rules", "errorCodes", "examples",
    };

    private List<ActionModel> ParseActions(JsonNode root, ServiceHeader? header, Dictionary<string, EnumModel> enums)
    {
        var actions = new List<ActionModel>();
        var actionsNode = RequiredArray(root, "actions", "the spec file");
        if (actionsNode is null)
        {
            return actions;
        }

        if (actionsNode.Items.Count == 0)
        {
            Report(DiagnosticDescriptors.InvalidValue, At(actionsNode), "actions", "a spec needs at least one action");
        }

        var names = new HashSet<string>();
        foreach (var node in actionsNode.Items)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (ParseAction(node, enums) is not { } action)
            {
                continue;
            }

            if (!names.Add(action.Name))
            {
                Report(DiagnosticDescriptors.Duplicate, At(node["name"]!), "action", action.Name);
                continue;
            }

            actions.Add(action);
        }

        return actions;
    }

    private ActionModel? ParseAction(JsonNode node, Dictionary<string, EnumModel> enums)
    {
        if (!ExpectKind(node, JsonNodeKind.Object, "an action"))
        {
            return null;
        }

        var what = node["name"] is { Kind: JsonNodeKind.String } n ? $"action '{n.Text}'" : "an action";
        CheckKeys(node, what, ActionKeys);
        var name = RequiredString(node, "name", what);
        if (name is not null && !CSharpNames.IsIdentifier(name))
        {
            Report(DiagnosticDescriptors.InvalidIdentifier, At(node["name"]!), name, "action name");
            name = null;
        }

        var description = RequiredString(node, "description", what);
        var documentation = OptionalString(node, "documentation", what);
        var rateLimit = ParseRateLimit(node["rateLimit"], what);
        var idempotent = OptionalBool(node, "idempotent", what) ?? false;
        var regionRequired = OptionalBool(node, "regionRequired", what) ?? false;
        var actionName = name ?? "Action";
        var input = ParseMembers(RequiredArray(node, "input", what), $"{what} input", actionName, enums, isInput: true);
        var output = ParseMembers(RequiredArray(node, "output", what), $"{what} output", actionName, enums, isInput: false);
        var rules = ParseRules(node["rules"], what, input, enums);
        var errorCodes = ParseErrorCodes(RequiredArray(node, "errorCodes", what), what);
        CheckUniqueRuleIds(node, input, rules);
        if (name is null || description is null)
        {
            return null;
        }

        var action = new ActionModel(
            name, description, documentation, rateLimit, idempotent, regionRequired,
            input.Members.ToEquatableArray(), output.Members.ToEquatableArray(), rules.ToEquatableArray(), errorCodes.ToEquatableArray());
        ParseExamples(node["examples"], what, action, enums);
        return action;
    }

    private int? ParseRateLimit(JsonNode? node, string what)
    {
        if (node is null || !ExpectKind(node, JsonNodeKind.Object, $"{what}: rateLimit"))
        {
            return null;
        }

        CheckKeys(node, $"{what}: rateLimit", "requestsPerSecond", "provenance");
        var perSecond = RequiredInteger(node, "requestsPerSecond", $"{what}: rateLimit");
        if (node["provenance"] is { } provenance)
        {
            ParseProvenance(provenance, $"{what}: rateLimit");
        }

        if (perSecond is { } value && (value < 1 || value > 100_000))
        {
            Report(DiagnosticDescriptors.InvalidValue, At(node["requestsPerSecond"]!), "requestsPerSecond", "must be between 1 and 100000");
            return null;
        }

        return (int?)perSecond;
    }

    private Provenance? ParseProvenance(JsonNode node, string what)
    {
        if (!ExpectKind(node, JsonNodeKind.Object, $"{what}: provenance"))
        {
            return null;
        }

        CheckKeys(node, $"{what}: provenance", "documented", "inferred");
        var documented = OptionalString(node, "documented", $"{what}: provenance");
        var inferred = OptionalString(node, "inferred", $"{what}: provenance");
        if ((documented is null) == (inferred is null))
        {
            Report(DiagnosticDescriptors.InvalidValue, At(node), $"{what}: provenance",
                "give exactly one of 'documented' (the quoted sentence) or 'inferred' (the reason)");
            return null;
        }

        return documented is not null ? new Provenance(true, documented) : new Provenance(false, inferred!);
    }

    private void CheckUniqueRuleIds(JsonNode action, MemberSet input, List<RuleModel> rules)
    {
        var ids = new HashSet<string>();
        foreach (var member in input.Members)
        {
            foreach (var constraint in AllConstraints(member))
            {
                if (!ids.Add(constraint.Id))
                {
                    Report(DiagnosticDescriptors.Duplicate, input.ConstraintIdLocations.TryGetValue(constraint.Id, out var at) ? at : At(action, headOnly: true), "rule id", constraint.Id);
                }
            }
        }

        foreach (var rule in rules)
        {
            if (!ids.Add(rule.Id))
            {
                var idNode = action["rules"]?.Items.Select(item => item["id"]).LastOrDefault(node => node is { Kind: JsonNodeKind.String } && node.Text == rule.Id);
                Report(DiagnosticDescriptors.Duplicate, idNode is null ? At(action, headOnly: true) : At(idNode), "rule id", rule.Id);
            }
        }
    }

    private static IEnumerable<ConstraintModel> AllConstraints(MemberModel member)
    {
        foreach (var constraint in member.Constraints)
        {
            yield return constraint;
        }

        foreach (var constraint in member.ItemConstraints)
        {
            yield return constraint;
        }
    }
}
