using System.Collections.Generic;
using System.Linq;
using TcApi.Contract;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Json;
using TcApi.Generator.Model;

namespace TcApi.Generator.Spec;

internal sealed partial class SpecParser
{
    private static readonly string[] PagingKeys = { "offset", "limit", "total", "token", "nextToken", "items", "maxLimit", "provenance" };

    /// <summary>
    /// <c>"paging": {"offset": "Offset", "limit": "Limit", "total": "TotalCount", "items": "ListenerSet"}</c>, or with
    /// <c>"token"</c>/<c>"nextToken"</c> instead of offset and total; each names a member of the right side and type.
    /// </summary>
    private PagingModel? ParsePaging(JsonNode? node, string what, IReadOnlyList<MemberModel> input, IReadOnlyList<MemberModel> output)
    {
        if (node is null || !ExpectKind(node, JsonNodeKind.Object, $"{what}: paging"))
        {
            return null;
        }

        var where = $"{what}: paging";
        CheckKeys(node, where, PagingKeys);
        if (node["provenance"] is { } provenance)
        {
            ParseProvenance(provenance, where);
        }

        var items = PagingMember(node, "items", where, output, "output", m => m.IsList, "a list");
        var limit = PagingMember(node, "limit", where, input, "input", IsSingleInteger, "an integer");
        var maxLimit = OptionalInteger(node, "maxLimit", where);
        if (maxLimit is < 1)
        {
            Report(DiagnosticDescriptors.InvalidValue, At(node["maxLimit"]!), "maxLimit", "a page holds at least one item");
            maxLimit = null;
        }

        maxLimit ??= limit?.Constraints.Where(c => c.Kind == ConstraintKind.Range && c.Maximum is not null).Select(c => (long?)c.Maximum).FirstOrDefault();
        if (node["token"] is not null || node["nextToken"] is not null)
        {
            var token = PagingMember(node, "token", where, input, "input", IsSingleString, "a string", required: true);
            var next = PagingMember(node, "nextToken", where, output, "output", IsSingleString, "a string", required: true);
            return items is null || token is null || next is null ? null : new PagingModel(PagingKind.Token, items, null, limit, null, token, next, maxLimit);
        }

        var offset = PagingMember(node, "offset", where, input, "input", IsSingleInteger, "an integer", required: true);
        var total = PagingMember(node, "total", where, output, "output", IsSingleInteger, "an integer", required: true);
        return items is null || offset is null || total is null ? null : new PagingModel(PagingKind.Offset, items, offset, limit, total, null, null, maxLimit);
    }

    private static bool IsSingleInteger(MemberModel member) => !member.IsList && member.Scalar == ScalarKind.Integer;

    private static bool IsSingleString(MemberModel member) => !member.IsList && member.Scalar == ScalarKind.String;

    private MemberModel? PagingMember(JsonNode node, string key, string where, IReadOnlyList<MemberModel> members, string side, System.Func<MemberModel, bool> fits, string expected, bool required = false)
    {
        var name = required ? RequiredString(node, key, where) : OptionalString(node, key, where);
        if (name is null)
        {
            return null;
        }

        var member = members.FirstOrDefault(m => m.WireName == name);
        if (member is null)
        {
            Report(DiagnosticDescriptors.UnknownReference, At(node[key]!), $"{where}: {key}", $"{side} member", name);
            return null;
        }

        if (!fits(member))
        {
            Report(DiagnosticDescriptors.InvalidValue, At(node[key]!), $"{where}: {key}", $"'{name}' must be {expected}");
            return null;
        }

        return member;
    }
}
