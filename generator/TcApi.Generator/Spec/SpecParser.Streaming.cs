using System.Collections.Generic;
using System.Linq;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Json;
using TcApi.Generator.Model;

namespace TcApi.Generator.Spec;

internal sealed partial class SpecParser
{
    /// <summary>
    /// <c>"streaming": {"value": true, "requestFlag": "Stream", "provenance": {...}}</c>: the action answers with
    /// server-sent events; <c>requestFlag</c> names the boolean input member that asks for them. <c>value: false</c>
    /// (an overlay correcting the importer) or no key: an ordinary action.
    /// </summary>
    private StreamingModel? ParseStreaming(JsonNode? node, string what, IReadOnlyList<MemberModel> input)
    {
        if (node is null || !ExpectKind(node, JsonNodeKind.Object, $"{what}: streaming"))
        {
            return null;
        }

        var where = $"{what}: streaming";
        CheckKeys(node, where, "value", "requestFlag", "provenance");
        var value = OptionalBool(node, "value", where);
        if (value is null)
        {
            Report(DiagnosticDescriptors.MissingKey, At(node, headOnly: true), "value", where);
        }

        if (node["provenance"] is { } provenance)
        {
            ParseProvenance(provenance, where);
        }

        var flagName = OptionalString(node, "requestFlag", where);
        MemberModel? flag = null;
        if (flagName is not null)
        {
            flag = input.FirstOrDefault(m => m.WireName == flagName);
            if (flag is null)
            {
                Report(DiagnosticDescriptors.UnknownReference, At(node["requestFlag"]!), $"{where}: requestFlag", "input member", flagName);
                return null;
            }

            if (flag.IsList || flag.Scalar is not (ScalarKind.Boolean or ScalarKind.Flag))
            {
                Report(DiagnosticDescriptors.InvalidValue, At(node["requestFlag"]!), $"{where}: requestFlag", $"'{flagName}' must be a boolean or a flag");
                return null;
            }
        }

        return value == true ? new StreamingModel(flag?.PropertyName) : null;
    }
}
