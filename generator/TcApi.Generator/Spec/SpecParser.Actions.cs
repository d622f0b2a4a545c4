using System.Collections.Generic;
using System.Linq;
using TcApi.Contract;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Json;
using TcApi.Generator.Model;

namespace TcApi.Generator.Spec;

internal sealed partial class SpecParser
{
    private static readonly string[] ActionKeys =
    {
        "name", "description", "descriptionZh", "descriptionLanguage", "documentation", "status", "rateLimit", "idempotent", "regionRequired",
        "input", "output", "rules", "errorCodes", "examples", "paging", "waiters", "streaming",
        SpecNames.ClientTokenKey,
    };

    private List<ActionModel> ParseActions(JsonNode root, Dictionary<string, EnumModel> enums, ObjectTable objects, ErrorCodeTable codes)
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
            if (ParseAction(node, enums, objects, codes) is not { } action)
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

    private ActionModel? ParseAction(JsonNode node, Dictionary<string, EnumModel> enums, ObjectTable objects, ErrorCodeTable codes)
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
        OptionalString(node, "descriptionZh", what);
        EnumKeyword(node, "descriptionLanguage", what, required: false, "en", "zh");
        var documentation = OptionalString(node, "documentation", what);
        var status = EnumKeyword(node, "status", what, required: false, "online", "deprecated", "offline") switch
        {
            "deprecated" => ActionStatus.Deprecated,
            "offline" => ActionStatus.Offline,
            _ => ActionStatus.Online,
        };
        var rateLimit = ParseRateLimit(node["rateLimit"], what);
        var (idempotent, idempotencyReason) = ParseIdempotency(node["idempotent"], what);
        var regionRequired = OptionalBool(node, "regionRequired", what) ?? false;
        var actionName = name ?? "Action";
        var input = ParseMembers(RequiredArray(node, "input", what), $"{what} input", new MemberContext(actionName, actionName + "Request", MemberScope.Input), enums, objects);
        var output = ParseMembers(RequiredArray(node, "output", what), $"{what} output", new MemberContext(actionName, actionName + "Response", MemberScope.Output), enums, objects);
        var rules = ParseRules(node["rules"], what, input, enums);
        var paging = ParsePaging(node["paging"], what, input.Members, output.Members);
        var waiters = ParseWaiters(node["waiters"], what, output.Members, objects);
        var streaming = ParseStreaming(node["streaming"], what, input.Members);
        var clientToken = ParseClientToken(node[SpecNames.ClientTokenKey], what, input.Members);
        var errorCodes = ParseActionErrorCodes(RequiredArray(node, "errorCodes", what), what, codes);
        CheckUniqueRuleIds(node, input, rules);
        if (name is null || description is null)
        {
            return null;
        }

        return new ActionModel(
            name, description, documentation, status, rateLimit, idempotent, idempotencyReason, regionRequired,
            input.Members.ToEquatableArray(), output.Members.ToEquatableArray(), rules.ToEquatableArray(), errorCodes.ToEquatableArray(), paging, waiters.ToEquatableArray(), streaming, clientToken);
    }

    /// <summary><c>true</c>/<c>false</c>, or <c>{"value": true, "provenance": {...}}</c> saying why.</summary>
    private (bool Value, string? Reason) ParseIdempotency(JsonNode? node, string what)
    {
        if (node is null)
        {
            return (false, null);
        }

        if (node.Kind is JsonNodeKind.True or JsonNodeKind.False)
        {
            return (node.Kind == JsonNodeKind.True, null);
        }

        if (!ExpectKind(node, JsonNodeKind.Object, $"{what}: idempotent"))
        {
            return (false, null);
        }

        CheckKeys(node, $"{what}: idempotent", "value", "provenance");
        var value = OptionalBool(node, "value", $"{what}: idempotent");
        if (value is null)
        {
            Report(DiagnosticDescriptors.MissingKey, At(node, headOnly: true), "value", $"{what}: idempotent");
        }

        var provenance = Required(node, "provenance", $"{what}: idempotent") is { } p ? ParseProvenance(p, $"{what}: idempotent") : null;
        return (value ?? false, provenance is null ? null : (provenance.Documented ? "documented: " : "inferred: ") + provenance.Text);
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

        CheckKeys(node, $"{what}: provenance", ProvenanceKeys);
        var documented = OptionalString(node, "documented", $"{what}: provenance");
        var inferred = OptionalString(node, "inferred", $"{what}: provenance");
        var source = OptionalString(node, "source", $"{what}: provenance") ?? CuratedIn(node);
        var confidence = EnumKeyword(node, "confidence", $"{what}: provenance", required: false, "high", "medium");
        if ((documented is null) == (inferred is null))
        {
            Report(DiagnosticDescriptors.InvalidValue, At(node), $"{what}: provenance",
                "give exactly one of 'documented' (the quoted sentence) or 'inferred' (the reason)");
            return null;
        }

        return documented is not null ? new Provenance(true, documented, source, confidence) : new Provenance(false, inferred!, source, confidence);
    }

    /// <summary>A fact an overlay states is named as curated there, so IntelliSense tells it from the metadata's own and from a mined one.</summary>
    private static string? CuratedIn(JsonNode node) =>
        node.Document.Path.EndsWith(CatalogLayout.OverlaySuffix, System.StringComparison.OrdinalIgnoreCase)
            ? "curated in " + System.IO.Path.GetFileName(node.Document.Path)
            : null;

    private void CheckUniqueRuleIds(JsonNode owner, MemberSet members, List<RuleModel> rules)
    {
        var ids = new HashSet<string>();
        void Claim(ConstraintModel constraint)
        {
            if (!ids.Add(constraint.Id))
            {
                Report(DiagnosticDescriptors.Duplicate, members.ConstraintIdLocations.TryGetValue(constraint.Id, out var at) ? at : At(owner, headOnly: true), "rule id", constraint.Id);
            }
        }

        foreach (var member in members.Members)
        {
            foreach (var constraint in member.Constraints)
            {
                Claim(constraint);
            }

            foreach (var constraint in member.ItemConstraints)
            {
                Claim(constraint);
            }
        }

        foreach (var rule in rules)
        {
            if (!ids.Add(rule.Id))
            {
                var idNode = owner["rules"]?.Items.Select(item => item["id"]).LastOrDefault(node => node is { Kind: JsonNodeKind.String } && node.Text == rule.Id);
                Report(DiagnosticDescriptors.Duplicate, idNode is null ? At(owner, headOnly: true) : At(idNode), "rule id", rule.Id);
            }
        }
    }
}
