using System.Collections.Generic;
using System.Linq;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Json;

namespace TcApi.Generator.Overlay;

internal sealed partial class OverlayMerger
{
    private static readonly string[] MemberPatchKeys =
    {
        "csharpName", "type", "format", "enum", "object", "items", "required", "nullable", "deprecated", "description",
        "remarks", "example", "constraints", "removeConstraints",
    };

    private static readonly string[] ItemsPatchKeys = { "type", "format", "enum", "constraints", "removeConstraints" };

    /// <summary>Patches the members of <paramref name="owner"/>'s array <paramref name="arrayName"/>, found by wire name.</summary>
    private void MergeMembers(JsonNode container, string arrayName, JsonProperty property, string owner)
    {
        if (!IsObject(property))
        {
            return;
        }

        var members = (container[arrayName]?.Items ?? new List<JsonNode>()).ToList();
        foreach (var entry in property.Value.Properties)
        {
            var at = members.FindIndex(m => m["name"] is { Kind: JsonNodeKind.String } n && n.Text == entry.Name);
            if (at < 0)
            {
                var names = members.Select(m => m["name"]?.Text).OfType<string>();
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OverlayTargetNotFound, OverlayKeys.AtKey(entry), "member", entry.Name, $"{owner} does not have", NearestNames.Hint(entry.Name, names)));
                continue;
            }

            if (entry.Value.Kind != JsonNodeKind.Object)
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongValueType, OverlayReader.Where(entry.Value), $"overlay entry for member '{entry.Name}'", "an object"));
                continue;
            }

            members[at] = PatchMember(members[at], entry.Value, $"{owner}: {entry.Name}", owner, entry.Name);
        }

        SetItems(container, arrayName, members, property.Value);
    }

    private JsonNode PatchMember(JsonNode baseMember, JsonNode patch, string what, string owner, string member)
    {
        OverlayKeys.Check(patch, $"overlay entry for member {what}", MemberPatchKeys, _diagnostics);
        var result = baseMember.ShallowCopy();
        var isList = baseMember["type"]?.Text == "list";
        CheckType(isList ? baseMember["items"] : baseMember, patch, what, isList && patch["type"] is null);
        DropSupersededValues(result, patch, owner, member);
        foreach (var property in patch.Properties)
        {
            switch (property.Name)
            {
                case "constraints":
                    MergeConstraints(result, property, owner, member);
                    break;
                case "removeConstraints":
                    RemoveById(result, "constraints", property, what, "constraint");
                    break;
                case "items":
                    if (property.Value.Kind == JsonNodeKind.Object && result["items"] is { Kind: JsonNodeKind.Object } baseItems)
                    {
                        OverlayKeys.Check(property.Value, $"overlay entry for the items of {what}", ItemsPatchKeys, _diagnostics);
                        CheckType(baseItems, property.Value, what + " items", skip: false);
                        Set(result, property.WithValue(PatchItems(baseItems, property.Value, owner, member)));
                    }
                    else
                    {
                        Set(result, property);
                    }

                    break;
                case "description":
                    Set(result, property);
                    Unset(result, "descriptionLanguage");
                    break;
                case "type":
                    // The base's wire format describes the type the overlay refines (an integer width); the new type has its own.
                    Set(result, property);
                    if (patch["format"] is null && property.Value.Text is "enum" or "flag")
                    {
                        Unset(result, "format");
                    }

                    break;
                default:
                    Set(result, property);
                    break;
            }
        }

        return result;
    }

    private JsonNode PatchItems(JsonNode baseItems, JsonNode patch, string owner, string member)
    {
        var result = baseItems.ShallowCopy();
        DropSupersededValues(result, patch, owner, member + " items");
        foreach (var property in patch.Properties)
        {
            switch (property.Name)
            {
                case "constraints":
                    MergeConstraints(result, property, owner, member + " items");
                    break;
                case "removeConstraints":
                    RemoveById(result, "constraints", property, $"{owner}: {member} items", "constraint");
                    break;
                default:
                    Set(result, property);
                    break;
            }
        }

        return result;
    }

    /// <summary>
    /// The overlay's constraints replace the base's with the same id, and the base's of the same kind: where a curated
    /// constraint and a documented (mined) one disagree, the curated one wins, and the replacement is recorded.
    /// </summary>
    private void MergeConstraints(JsonNode target, JsonProperty property, string owner, string member)
    {
        if (property.Value.Kind != JsonNodeKind.Array)
        {
            Set(target, property);
            return;
        }

        var constraints = (target["constraints"]?.Items ?? new List<JsonNode>()).ToList();
        foreach (var added in property.Value.Items)
        {
            var id = added["id"]?.Text;
            var kind = added["kind"]?.Text;
            foreach (var replaced in constraints.Where(c => (id is not null && c["id"]?.Text == id) || (kind is not null && c["kind"]?.Text == kind)).ToList())
            {
                _overrides.Add(new ConstraintOverride(owner, member, replaced["id"]?.Text ?? string.Empty, replaced["kind"]?.Text ?? string.Empty,
                    replaced.SourceText(), id ?? string.Empty, added.SourceText()));
                constraints.Remove(replaced);
            }

            constraints.Add(added);
        }

        SetItems(target, "constraints", constraints, property.Value);
    }

    /// <summary>
    /// An overlay that makes a member an enumeration or a 0/1 flag gives it its values: the base's list of allowed values
    /// (read from the documentation, for the integer or string it was) is superseded, as a replaced constraint is.
    /// </summary>
    private void DropSupersededValues(JsonNode target, JsonNode patch, string owner, string member)
    {
        if (patch["type"] is not { Kind: JsonNodeKind.String, Text: "enum" or "flag" } type || target["constraints"] is not { Kind: JsonNodeKind.Array } constraints)
        {
            return;
        }

        var kept = new List<JsonNode>();
        foreach (var constraint in constraints.Items)
        {
            if (constraint["kind"]?.Text == "allowedValues")
            {
                _overrides.Add(new ConstraintOverride(owner, member, constraint["id"]?.Text ?? string.Empty, "allowedValues", constraint.SourceText(), "type", type.SourceText()));
            }
            else
            {
                kept.Add(constraint);
            }
        }

        if (kept.Count != constraints.Items.Count)
        {
            SetItems(target, "constraints", kept, constraints);
        }
    }

    /// <summary>
    /// An overlay may refine a member's type — a string into a string enumeration, an integer into an integer
    /// enumeration or a 0/1 flag — but never change what travels on the wire.
    /// </summary>
    private void CheckType(JsonNode? baseType, JsonNode patch, string what, bool skip)
    {
        if (skip || baseType is null || patch["type"] is not { Kind: JsonNodeKind.String } typeNode)
        {
            return;
        }

        var from = baseType["type"]?.Text ?? string.Empty;
        var to = typeNode.Text;
        if (from == to || from == "enum" || from == "flag")
        {
            return;
        }

        var wire = to == "enum" && patch["enum"] is { Kind: JsonNodeKind.String } e && _enumWireTypes.TryGetValue(e.Text, out var w) ? w : null;
        var compatible = (from, to) switch
        {
            ("string", "enum") => wire is null or "string",
            ("integer", "enum") => wire is null or "integer",
            ("integer", "flag") => true,
            _ => false,
        };
        if (!compatible)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OverlayTypeChange, OverlayReader.Where(typeNode), what,
                to == "enum" && wire is not null ? $"an enum of {wire}s" : to, from,
                "a string may become a string enum; an integer an integer enum or a flag"));
        }
    }
}
