using System.Text.Json.Nodes;

namespace TcApi.Import.Translation;

/// <summary>
/// Recognises an action that pages from its members alone: Offset and Limit in, a total count and one list out; or a
/// NextToken in and out with one list. Anything less clear is left alone (an overlay can declare the shape).
/// </summary>
internal static class PagingShape
{
    private static readonly string[] TotalNames = { "TotalCount", "Total", "TotalNum", "TotalNumber" };
    private static readonly string[] LimitNames = { "Limit", "MaxResults", "PageSize" };

    public static JsonObject? Detect(JsonArray input, JsonArray output)
    {
        if (SingleList(output) is not { } items)
        {
            return null;
        }

        var limit = LimitNames.FirstOrDefault(n => Find(input, n, "integer"));
        if (Find(input, "NextToken", "string") && Find(output, "NextToken", "string"))
        {
            return Shape(new JsonObject { ["token"] = "NextToken", ["nextToken"] = "NextToken" }, limit, items, "NextToken in the request and the response, and one list in the response");
        }

        var total = TotalNames.FirstOrDefault(n => Find(output, n, "integer"));
        if (Find(input, "Offset", "integer") && Find(input, "Limit", "integer") && total is not null)
        {
            return Shape(new JsonObject { ["offset"] = "Offset", ["total"] = total }, "Limit", items, $"Offset and Limit in the request, {total} and one list in the response");
        }

        return null;
    }

    private static JsonObject Shape(JsonObject shape, string? limit, string items, string why)
    {
        if (limit is not null)
        {
            shape["limit"] = limit;
        }

        shape["items"] = items;
        shape["provenance"] = new JsonObject { ["inferred"] = why + "." };
        return shape;
    }

    /// <summary>The one list member the response has besides deprecated ones, if there is exactly one.</summary>
    private static string? SingleList(JsonArray output)
    {
        var lists = output.OfType<JsonObject>()
            .Where(m => (string?)m["type"] == "list" && m["deprecated"] is null)
            .Select(m => (string?)m["name"])
            .ToList();
        return lists.Count == 1 ? lists[0] : null;
    }

    /// <summary>Whether the members have one of that name and type that is not deprecated (Tencent's disabled: not to be relied on).</summary>
    private static bool Find(JsonArray members, string name, string type) =>
        members.OfType<JsonObject>().Any(m => (string?)m["name"] == name && (string?)m["type"] == type && m["deprecated"] is null);
}
