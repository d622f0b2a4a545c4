using System.Collections.Generic;
using System.Linq;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Json;
using TcApi.Generator.Model;

namespace TcApi.Generator.Spec;

internal sealed partial class SpecParser
{
    private static readonly string[] WaiterKeys =
    {
        "name", "description", "items", "status", "success", "failure", "timeoutSeconds", "delaySeconds", "maxDelaySeconds", "provenance",
    };

    /// <summary>
    /// <c>"waiters": [{"name": "ListenerRunning", "items": "ListenerSet", "status": "ListenerStatus", "success": [0], "failure": [2]}]</c>:
    /// each gives the client a <c>WaitUntil&lt;name&gt;Async</c> that polls this action.
    /// </summary>
    private List<WaiterModel> ParseWaiters(JsonNode? node, string what, IReadOnlyList<MemberModel> output, ObjectTable objects)
    {
        var waiters = new List<WaiterModel>();
        if (node is null || !ExpectKind(node, JsonNodeKind.Array, $"{what}: waiters"))
        {
            return waiters;
        }

        var names = new HashSet<string>();
        foreach (var item in node.Items)
        {
            if (ParseWaiter(item, what, output, objects) is { } waiter)
            {
                if (!names.Add(waiter.Name))
                {
                    Report(DiagnosticDescriptors.Duplicate, At(item["name"]!), "waiter", waiter.Name);
                    continue;
                }

                waiters.Add(waiter);
            }
        }

        return waiters;
    }

    private WaiterModel? ParseWaiter(JsonNode node, string action, IReadOnlyList<MemberModel> output, ObjectTable objects)
    {
        if (!ExpectKind(node, JsonNodeKind.Object, $"{action}: a waiter"))
        {
            return null;
        }

        var what = node["name"] is { Kind: JsonNodeKind.String } n ? $"{action}: waiter '{n.Text}'" : $"{action}: a waiter";
        CheckKeys(node, what, WaiterKeys);
        var name = RequiredString(node, "name", what);
        if (name is not null && !CSharpNames.IsIdentifier(name))
        {
            Report(DiagnosticDescriptors.InvalidIdentifier, At(node["name"]!), name, "waiter name");
            name = null;
        }

        var description = OptionalString(node, "description", what);
        if (node["provenance"] is { } provenance)
        {
            ParseProvenance(provenance, what);
        }

        var statusOwner = output;
        MemberModel? items = null;
        if (OptionalString(node, "items", what) is { } itemsName)
        {
            items = output.FirstOrDefault(m => m.WireName == itemsName);
            if (items is null || !items.IsList || items.Scalar != ScalarKind.Object || items.Reference is null || !objects.Drafts.TryGetValue(items.Reference, out var draft))
            {
                Report(DiagnosticDescriptors.InvalidValue, At(node["items"]!), $"{what}: items", $"'{itemsName}' must be an output list of objects");
                return null;
            }

            statusOwner = draft.Members.Members;
        }

        var statusName = RequiredString(node, "status", what);
        var status = statusName is null ? null : statusOwner.FirstOrDefault(m => m.WireName == statusName);
        if (statusName is not null && (status is null || status.IsList || status.Scalar is not (ScalarKind.String or ScalarKind.Integer)))
        {
            Report(DiagnosticDescriptors.InvalidValue, At(node["status"]!), $"{what}: status", $"'{statusName}' must be a string or integer member of {(items is null ? "the response" : "the items")}");
            return null;
        }

        var success = WaiterValues(node, "success", what, status, required: true);
        var failure = WaiterValues(node, "failure", what, status, required: false);
        var timeout = WaiterSeconds(node, "timeoutSeconds", what, 300);
        var delay = WaiterSeconds(node, "delaySeconds", what, 2);
        var maxDelay = WaiterSeconds(node, "maxDelaySeconds", what, 30);
        if (name is null || status is null || success is null || failure is null)
        {
            return null;
        }

        return new WaiterModel(name, description ?? $"Waits until {status.WireName} is {string.Join(" or ", success.Value)}.", items, status, success.Value, failure.Value, timeout, delay, maxDelay);
    }

    private EquatableArray<string>? WaiterValues(JsonNode node, string key, string what, MemberModel? status, bool required)
    {
        var array = required ? RequiredArray(node, key, what) : OptionalArray(node, key, what);
        if (array is null)
        {
            return required ? null : EquatableArray<string>.Empty;
        }

        var values = new List<string>();
        var kind = status?.Scalar == ScalarKind.Integer ? JsonNodeKind.Number : JsonNodeKind.String;
        foreach (var value in array.Items)
        {
            if (value.Kind != kind || (kind == JsonNodeKind.Number && AsInteger(value, $"{what}: {key}") is null))
            {
                Report(DiagnosticDescriptors.WrongValueType, At(value), $"{what}: {key}", kind == JsonNodeKind.Number ? "an integer, as the status member is" : "a string, as the status member is");
                return null;
            }

            values.Add(value.Text);
        }

        if (required && values.Count == 0)
        {
            Report(DiagnosticDescriptors.InvalidValue, At(array), $"{what}: {key}", "a waiter needs at least one value that means done");
            return null;
        }

        return values.ToEquatableArray();
    }

    private int WaiterSeconds(JsonNode node, string key, string what, int fallback)
    {
        var value = OptionalInteger(node, key, what);
        if (value is < 1 or > 86_400)
        {
            Report(DiagnosticDescriptors.InvalidValue, At(node[key]!), $"{what}: {key}", "between 1 and 86400 seconds");
            return fallback;
        }

        return (int)(value ?? fallback);
    }
}
