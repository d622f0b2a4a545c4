using System.Text.Json.Nodes;

namespace TcApi.Import.Tests.Synthetic;

/// <summary>Cases of the corpus reproduced in a few members: what the importer makes of each.</summary>
public class SyntheticImportTests
{
    private const string PagedObjects = """
        {
          "ListRequest": { "members": [
            { "name": "Offset", "type": "int", "member": "int64", "document": "", "disabled": true },
            { "name": "Limit", "type": "int", "member": "int64", "document": "" } ] },
          "ListResponse": { "members": [
            { "name": "TotalCount", "type": "int", "member": "int64", "document": "" },
            { "name": "Items", "type": "list", "member": "string", "document": "" },
            { "name": "RequestId", "type": "string", "member": "string", "document": "" } ] }
        }
        """;

    private const string ListAction = """{ "List": { "name": "List", "document": "Lists.", "input": "ListRequest", "output": "ListResponse", "status": "online" } }""";

    [Fact]
    public void A_query_string_example_carries_the_JSON_body_it_stands_for_beside_its_text()
    {
        var examples = """{ "List": [ { "title": "t", "input": "https://demo.tencentcloudapi.com/?Action=List\n&Limit=20\n&<公共请求参数>", "output": "{\"Response\": {\"RequestId\": \"r\"}}" } ] }""";

        var example = SyntheticService.Action(SyntheticService.Import(SyntheticService.Files(PagedObjects, ListAction, examples)), "List")["examples"]![0]!;

        Assert.Equal("""{"Limit":20}""", example["input"]!.ToJsonString());
        Assert.Equal("query", (string?)example["inputFormat"]);
        Assert.StartsWith("https://demo.tencentcloudapi.com/?Action=List", (string?)example["inputText"]);
    }

    [Fact]
    public void Paging_is_not_inferred_over_a_member_Tencent_marks_disabled()
    {
        var action = SyntheticService.Action(SyntheticService.Import(SyntheticService.Files(PagedObjects, ListAction)), "List");

        Assert.Null(action["paging"]);
        Assert.Equal(true, (bool?)action["input"]![0]!["deprecated"]);
    }

    [Fact]
    public void An_error_code_neither_site_describes_is_described_by_its_code()
    {
        var errors = new Dictionary<string, string> { ["FailedOperation.Busy"] = string.Empty, ["InternalError"] = "内部错误" };

        var codes = SyntheticService.Import(SyntheticService.Files(PagedObjects, ListAction, chineseErrors: errors))["errorCodes"]!.AsArray();

        Assert.Equal(["FailedOperation.Busy", "内部错误"], codes.Select(c => (string?)c!["description"]));
    }
}
