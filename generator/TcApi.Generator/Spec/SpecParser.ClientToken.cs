using System.Collections.Generic;
using System.Linq;
using TcApi.Contract;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Json;
using TcApi.Generator.Model;

namespace TcApi.Generator.Spec;

internal sealed partial class SpecParser
{
    /// <summary>
    /// <c>"clientToken": {"member": "ClientToken", "provenance": {...}}</c>: the string input member that is the action's
    /// idempotency key. <c>false</c> (an overlay removing what the importer found) or no key: the action has none.
    /// </summary>
    private ClientTokenModel? ParseClientToken(JsonNode? node, string what, IReadOnlyList<MemberModel> input)
    {
        var where = $"{what}: {SpecNames.ClientTokenKey}";
        if (node is null || node.Kind == JsonNodeKind.False)
        {
            return null;
        }

        if (!ExpectKind(node, JsonNodeKind.Object, where))
        {
            return null;
        }

        CheckKeys(node, where, SpecNames.ClientTokenMemberKey, "provenance");
        if (node["provenance"] is { } provenance)
        {
            ParseProvenance(provenance, where);
        }

        var name = RequiredString(node, SpecNames.ClientTokenMemberKey, where);
        if (name is null)
        {
            return null;
        }

        var at = node[SpecNames.ClientTokenMemberKey]!;
        var member = input.FirstOrDefault(m => m.WireName == name);
        if (member is null)
        {
            Report(DiagnosticDescriptors.UnknownReference, At(at), $"{where}: {SpecNames.ClientTokenMemberKey}", "input member", name);
            return null;
        }

        if (member.IsList || member.Scalar != ScalarKind.String)
        {
            Report(DiagnosticDescriptors.InvalidValue, At(at), $"{where}: {SpecNames.ClientTokenMemberKey}", $"'{name}' must be a string member (the token is a string the client generates)");
            return null;
        }

        return new ClientTokenModel(member.WireName);
    }
}
