using System;
using System.Collections.Generic;
using System.Linq;
using TcApi.Contract;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Json;

namespace TcApi.Generator.Overlay;

/// <summary>
/// Applies overlays to a base spec's JSON tree, keyed by action, object and member name. The base tree is never
/// changed (it may be shared between runs): every object on the way to a change is copied. Overlay values keep their
/// own file, so the spec parser reports a problem in an overlay's value at its place in the overlay. An overlay entry
/// that matches nothing in the base is an error in the overlay file, never dropped.
/// </summary>
internal sealed partial class OverlayMerger
{
    private static readonly string[] ObjectPatchKeys = { "csharpName", "description", "members", "rules", "removeRules" };

    private static readonly string[] ActionPatchKeys =
    {
        "description", "documentation", "status", "rateLimit", "idempotent", "regionRequired", "paging", "waiters", "streaming", SpecNames.ClientTokenKey,
        "input", "output", "rules", "removeRules", "errorCodes", "examples", "publishedExamples",
    };

    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly List<ConstraintOverride> _overrides;
    private readonly Dictionary<string, string> _enumWireTypes = new();

    private OverlayMerger(List<DiagnosticInfo> diagnostics, List<ConstraintOverride> overrides)
    {
        _diagnostics = diagnostics;
        _overrides = overrides;
    }

    /// <summary>The base tree with every overlay applied in turn (in path order, so the result does not depend on file order).</summary>
    public static JsonNode Merge(JsonNode baseRoot, IEnumerable<OverlayDocument> overlays, List<DiagnosticInfo> diagnostics, List<ConstraintOverride>? overrides = null)
    {
        var ordered = overlays.OrderBy(o => o.Document.Path, System.StringComparer.Ordinal).ToList();
        if (ordered.Count == 0)
        {
            return baseRoot;
        }

        var merger = new OverlayMerger(diagnostics, overrides ?? new List<ConstraintOverride>());
        merger.CollectEnums(baseRoot);
        foreach (var overlay in ordered)
        {
            merger.CollectEnums(overlay.Root);
        }

        var root = baseRoot;
        foreach (var overlay in ordered)
        {
            root = merger.Apply(root, overlay.Root);
        }

        return root;
    }

    private void CollectEnums(JsonNode root)
    {
        foreach (var item in root["enums"]?.Items ?? Enumerable.Empty<JsonNode>())
        {
            if (item["name"] is { Kind: JsonNodeKind.String } name && item["wireType"] is { Kind: JsonNodeKind.String } wireType)
            {
                _enumWireTypes[name.Text] = wireType.Text;
            }
        }
    }

    private JsonNode Apply(JsonNode root, JsonNode overlay)
    {
        var result = root.ShallowCopy();
        foreach (var property in overlay.Properties)
        {
            switch (property.Name)
            {
                case "serviceTitle" or "namespace" or "endpoint" or "endpoints":
                    Set(result, property);
                    break;
                case "enums":
                    Append(result, property);
                    break;
                case "errorCodes":
                    MergeErrorCodes(result, property);
                    break;
                case "objects":
                    MergeKeyed(result, property, "object", PatchObject);
                    break;
                case "actions":
                    MergeKeyed(result, property, "action", PatchAction);
                    break;
            }
        }

        return result;
    }

    private JsonNode PatchObject(JsonNode baseObject, JsonNode patch, string name)
    {
        var what = $"overlay entry for object '{name}'";
        OverlayKeys.Check(patch, what, ObjectPatchKeys, _diagnostics);
        var result = baseObject.ShallowCopy();
        foreach (var property in patch.Properties)
        {
            switch (property.Name)
            {
                case "csharpName" or "description":
                    Set(result, property);
                    break;
                case "members":
                    MergeMembers(result, "members", property, $"object '{name}'");
                    break;
                case "rules":
                    MergeRules(result, property, $"object '{name}'");
                    break;
                case "removeRules":
                    RemoveById(result, "rules", property, $"object '{name}'", "rule");
                    break;
            }
        }

        return result;
    }

    private JsonNode PatchAction(JsonNode baseAction, JsonNode patch, string name)
    {
        var what = $"overlay entry for action '{name}'";
        OverlayKeys.Check(patch, what, ActionPatchKeys, _diagnostics);
        var result = baseAction.ShallowCopy();
        foreach (var property in patch.Properties)
        {
            switch (property.Name)
            {
                case "description" or "documentation" or "status" or "rateLimit" or "idempotent" or "regionRequired" or "errorCodes" or "paging" or "waiters" or "streaming" or SpecNames.ClientTokenKey:
                    Set(result, property);
                    break;
                case "input" or "output":
                    MergeMembers(result, property.Name, property, $"action '{name}' {property.Name}");
                    break;
                case "rules":
                    MergeRules(result, property, $"action '{name}'");
                    break;
                case "examples":
                    Append(result, property);
                    break;
                case "removeRules":
                    RemoveById(result, "rules", property, $"action '{name}'", "rule");
                    break;
                case "publishedExamples":
                    ExpectPublished(result, property, name);
                    break;
            }
        }

        return result;
    }

    /// <summary>Sets the expected outcome of published examples, found by title.</summary>
    private void ExpectPublished(JsonNode action, JsonProperty property, string name)
    {
        if (!IsObject(property))
        {
            return;
        }

        var examples = action["examples"]?.Items ?? new List<JsonNode>();
        var copy = examples.ToList();
        foreach (var entry in property.Value.Properties)
        {
            var matches = copy.Select((e, i) => (e, i)).Where(x => x.e["title"] is { Kind: JsonNodeKind.String } t && t.Text == entry.Name).ToList();
            if (matches.Count != 1)
            {
                var titles = copy.Select(e => e["title"]?.Text ?? string.Empty);
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OverlayTargetNotFound, OverlayKeys.AtKey(entry), "published example", entry.Name,
                    $"action '{name}' does not have", matches.Count > 1 ? " once (several examples have that title)" : NearestNames.Hint(entry.Name, titles)));
                continue;
            }

            if (entry.Value.Kind != JsonNodeKind.Object)
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongValueType, OverlayReader.Where(entry.Value), $"published example '{entry.Name}'", "an object {\"expect\": ...}"));
                continue;
            }

            OverlayKeys.Check(entry.Value, $"published example '{entry.Name}'", new[] { "expect" }, _diagnostics);
            var example = matches[0].e.ShallowCopy();
            if (entry.Value.Property("expect") is { } expect)
            {
                Set(example, expect);
            }

            copy[matches[0].i] = example;
        }

        SetItems(action, "examples", copy, property.Value);
    }

    private void MergeErrorCodes(JsonNode root, JsonProperty property)
    {
        if (property.Value.Kind != JsonNodeKind.Array)
        {
            Set(root, property);
            return;
        }

        var codes = (root["errorCodes"]?.Items ?? new List<JsonNode>()).ToList();
        foreach (var item in property.Value.Items)
        {
            var code = item["code"]?.Text;
            var at = codes.FindIndex(c => c["code"]?.Text == code);
            if (code is not null && at >= 0)
            {
                codes[at] = item;
            }
            else
            {
                codes.Add(item);
            }
        }

        SetItems(root, "errorCodes", codes, property.Value);
    }

    private delegate JsonNode Patch(JsonNode baseItem, JsonNode patch, string name);

    /// <summary>Patches the items of the array <paramref name="property"/> names, found by their "name".</summary>
    private void MergeKeyed(JsonNode root, JsonProperty property, string kind, Patch patch)
    {
        if (!IsObject(property))
        {
            return;
        }

        var items = (root[property.Name]?.Items ?? new List<JsonNode>()).ToList();
        foreach (var entry in property.Value.Properties)
        {
            var at = items.FindIndex(i => i["name"] is { Kind: JsonNodeKind.String } n && n.Text == entry.Name);
            if (at < 0)
            {
                var names = items.Select(i => i["name"]?.Text).OfType<string>();
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OverlayTargetNotFound, OverlayKeys.AtKey(entry), kind, entry.Name, "the base spec does not have", NearestNames.Hint(entry.Name, names)));
                continue;
            }

            if (entry.Value.Kind != JsonNodeKind.Object)
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongValueType, OverlayReader.Where(entry.Value), $"overlay entry for {kind} '{entry.Name}'", "an object"));
                continue;
            }

            items[at] = patch(items[at], entry.Value, entry.Name);
        }

        SetItems(root, property.Name, items, property.Value);
    }

    private bool IsObject(JsonProperty property)
    {
        if (property.Value.Kind == JsonNodeKind.Object)
        {
            OverlayKeys.Check(property.Value, property.Name, property.Value.Properties.Select(p => p.Name).ToArray(), _diagnostics);
            return true;
        }

        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongValueType, OverlayReader.Where(property.Value), property.Name, "an object keyed by name"));
        return false;
    }

    private static void Set(JsonNode target, JsonProperty property) => target.SetProperty(property);

    private static void Unset(JsonNode target, string name) => target.RemoveProperty(name);

    /// <summary>Appends the overlay's array items to the target's array of the same name (creating it).</summary>
    private void Append(JsonNode target, JsonProperty property)
    {
        if (property.Value.Kind != JsonNodeKind.Array)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongValueType, OverlayReader.Where(property.Value), property.Name, "an array"));
            return;
        }

        var items = (target[property.Name]?.Items ?? new List<JsonNode>()).Concat(property.Value.Items).ToList();
        SetItems(target, property.Name, items, property.Value);
    }

    /// <summary>
    /// Appends the overlay's rules. A curated rule over the same set of members as a base rule (one read from the
    /// documentation: "at most one of ProxyId and GroupId" beside a curated "exactly one of") replaces it, as a curated
    /// constraint replaces a mined one of its kind, and the replacement is recorded.
    /// </summary>
    private void MergeRules(JsonNode target, JsonProperty property, string owner)
    {
        if (property.Value.Kind != JsonNodeKind.Array)
        {
            Append(target, property);
            return;
        }

        var rules = (target["rules"]?.Items ?? new List<JsonNode>()).ToList();
        foreach (var added in property.Value.Items)
        {
            var members = RuleMembers(added);
            foreach (var replaced in rules.Where(r => members is not null && RuleMembers(r) is { } m && m.SetEquals(members)).ToList())
            {
                _overrides.Add(new ConstraintOverride(owner, string.Join(", ", members!.OrderBy(x => x, StringComparer.Ordinal)), replaced["id"]?.Text ?? string.Empty,
                    replaced["kind"]?.Text ?? string.Empty, replaced.SourceText(), added["id"]?.Text ?? string.Empty, added.SourceText(), Rule: true));
                rules.Remove(replaced);
            }

            rules.Add(added);
        }

        SetItems(target, "rules", rules, property.Value);
    }

    private static HashSet<string>? RuleMembers(JsonNode rule) =>
        rule["members"] is { Kind: JsonNodeKind.Array } members && members.Items.All(i => i.Kind == JsonNodeKind.String)
            ? new HashSet<string>(members.Items.Select(i => i.Text), StringComparer.Ordinal)
            : null;

    /// <summary>Replaces the target's array <paramref name="name"/> with <paramref name="items"/> (in a new node).</summary>
    private static void SetItems(JsonNode target, string name, List<JsonNode> items, JsonNode origin)
    {
        var existing = target.Property(name);
        var array = existing?.Value.Kind == JsonNodeKind.Array ? existing.Value.ShallowCopy() : new JsonNode(JsonNodeKind.Array, origin.Start, origin.End, origin.Document);
        array.SetItems(items);
        Set(target, existing is not null ? existing.WithValue(array) : new JsonProperty(name, origin.Start, origin.Start, array));
    }

    private void RemoveById(JsonNode target, string arrayName, JsonProperty property, string owner, string kind)
    {
        if (property.Value.Kind != JsonNodeKind.Array)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongValueType, OverlayReader.Where(property.Value), property.Name, "an array of ids"));
            return;
        }

        var items = (target[arrayName]?.Items ?? new List<JsonNode>()).ToList();
        foreach (var id in property.Value.Items)
        {
            var removed = items.RemoveAll(i => i["id"] is { Kind: JsonNodeKind.String } n && n.Text == id.Text);
            if (removed == 0)
            {
                var ids = items.Select(i => i["id"]?.Text).OfType<string>();
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OverlayTargetNotFound, OverlayReader.Where(id), kind, id.Text, $"{owner} does not have", NearestNames.Hint(id.Text, ids)));
            }
        }

        SetItems(target, arrayName, items, property.Value);
    }
}

/// <summary>
/// A base constraint (or, with <paramref name="Rule"/>, a base rule over the members <paramref name="Member"/> names) an
/// overlay replaced: where, what the base said, and what replaced it.
/// </summary>
internal sealed record ConstraintOverride(string Owner, string Member, string BaseId, string BaseKind, string BaseText, string OverlayId, string OverlayText, bool Rule = false);
