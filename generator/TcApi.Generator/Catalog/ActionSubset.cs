using System;
using System.Collections.Generic;
using System.Linq;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Json;
using TcApi.Generator.Model;
using TcApi.Generator.Overlay;

namespace TcApi.Generator.Catalog;

/// <summary>
/// Keeps the chosen actions of a spec and only the objects and enumerations they reach, so a project that uses five
/// actions of a 600-action service compiles five actions; its error-code enumeration keeps the codes those actions
/// document and the common ones (<see cref="CommonErrorCodes"/>). Runs on the merged tree (after the overlays), so an
/// overlay entry for an action left out still matches its base and is simply not generated. An action the spec does not
/// have is an error of the selection, located on its <c>&lt;TcApiService&gt;</c> item; when none of the actions exists
/// nothing is left to generate, and the spec is not parsed (an empty spec would be reported in the catalogue's file).
/// </summary>
internal static class ActionSubset
{
    /// <returns>The subset, or null when none of <paramref name="actions"/> exists.</returns>
    public static JsonNode? Apply(JsonNode root, EquatableArray<string> actions, string service, string apiVersion, List<DiagnosticInfo> diagnostics)
    {
        if (actions.Count == 0 || root["actions"] is not { Kind: JsonNodeKind.Array } allActions)
        {
            return root;
        }

        var wanted = new HashSet<string>(actions, StringComparer.Ordinal);
        var names = allActions.Items.Select(a => a["name"]?.Text).OfType<string>().ToList();
        foreach (var missing in actions.Where(a => !names.Contains(a)))
        {
            diagnostics.Add(DiagnosticInfo.ForSelection(DiagnosticDescriptors.UnknownCatalogueEntry, SelectionLocations.Key(service, apiVersion),
                $"<TcApiService Include=\"{service}\" Actions=\"…\" />: {service} {apiVersion} has no action '{missing}'{NearestNames.Hint(missing, names)}"));
        }

        var kept = allActions.Items.Where(a => a["name"] is { } name && wanted.Contains(name.Text)).ToList();
        if (kept.Count == 0)
        {
            return null;
        }

        var objects = root["objects"]?.Items ?? Array.Empty<JsonNode>();
        var objectsByName = objects.Where(o => o["name"] is not null).GroupBy(o => o["name"]!.Text).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var enums = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<JsonNode>(kept.SelectMany(a => Members(a, "input").Concat(Members(a, "output"))));
        while (pending.Count > 0)
        {
            var member = pending.Pop();
            foreach (var type in new[] { member, member["items"] }.OfType<JsonNode>())
            {
                if (type["enum"] is { Kind: JsonNodeKind.String } enumName)
                {
                    enums.Add(enumName.Text);
                }

                if (type["object"] is { Kind: JsonNodeKind.String } objectName && reached.Add(objectName.Text) && objectsByName.TryGetValue(objectName.Text, out var target))
                {
                    foreach (var inner in target["members"]?.Items ?? Array.Empty<JsonNode>())
                    {
                        pending.Push(inner);
                    }
                }
            }
        }

        var subset = root.ShallowCopy();
        Replace(subset, "actions", kept);
        var requests = RequestReach(kept, objectsByName);
        Replace(subset, "objects", objects.Where(o => o["name"] is { } n && reached.Contains(n.Text)).Select(o => requests.Contains(o["name"]!.Text) ? o : WithoutRules(o)));
        if (root["enums"] is { Kind: JsonNodeKind.Array } allEnums)
        {
            Replace(subset, "enums", allEnums.Items.Where(e => e["name"] is { } n && enums.Contains(n.Text)));
        }

        if (root["errorCodes"] is { Kind: JsonNodeKind.Array } allCodes)
        {
            var documented = new HashSet<string>(kept.SelectMany(a => Members(a, "errorCodes")).Select(CodeOf).OfType<string>(), StringComparer.Ordinal);
            Replace(subset, "errorCodes", allCodes.Items.Where(c => CodeOf(c) is not { } code || documented.Contains(code) || CommonErrorCodes.IsCommon(code)));
        }

        return subset;
    }

    /// <summary>The objects the kept actions' requests reach: only these are validated in the subset.</summary>
    private static HashSet<string> RequestReach(IEnumerable<JsonNode> kept, Dictionary<string, JsonNode> objectsByName)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<JsonNode>(kept.SelectMany(a => Members(a, "input")));
        while (pending.Count > 0)
        {
            var member = pending.Pop();
            foreach (var type in new[] { member, member["items"] }.OfType<JsonNode>())
            {
                if (type["object"] is { Kind: JsonNodeKind.String } objectName && reached.Add(objectName.Text) && objectsByName.TryGetValue(objectName.Text, out var target))
                {
                    foreach (var inner in target["members"]?.Items ?? Array.Empty<JsonNode>())
                    {
                        pending.Push(inner);
                    }
                }
            }
        }

        return reached;
    }

    /// <summary>
    /// An object the subset reaches only through responses keeps no rules: the full service validates it (a request
    /// of another action carries it), the subset never does, and the parser refuses rules nothing checks (TCAPI0005 in
    /// the package's own spec, batch DescribeJobSubmitInfo's Application).
    /// </summary>
    private static JsonNode WithoutRules(JsonNode obj)
    {
        if (obj["rules"] is null)
        {
            return obj;
        }

        var copy = obj.ShallowCopy();
        copy.RemoveProperty("rules");
        return copy;
    }

    private static IEnumerable<JsonNode> Members(JsonNode action, string side) =>
        action[side] is { Kind: JsonNodeKind.Array } members ? members.Items : Array.Empty<JsonNode>();

    /// <summary>An action names a code (<c>"InvalidZone"</c>) or defines it (<c>{"code": …}</c>), as the service's list does.</summary>
    private static string? CodeOf(JsonNode code) => code.Kind switch
    {
        JsonNodeKind.String => code.Text,
        JsonNodeKind.Object => code["code"] is { Kind: JsonNodeKind.String } name ? name.Text : null,
        _ => null,
    };

    private static void Replace(JsonNode owner, string name, IEnumerable<JsonNode> items)
    {
        var property = owner.Property(name)!;
        var copy = property.Value.ShallowCopy();
        copy.SetItems(items);
        owner.SetProperty(property.WithValue(copy));
    }
}
