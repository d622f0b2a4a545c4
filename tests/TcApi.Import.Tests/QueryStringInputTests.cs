using System.Text;
using TcApi.Import.Tencent;
using TcApi.Import.Translation;

namespace TcApi.Import.Tests;

/// <summary>Legacy query-string examples become the JSON bodies they stand for, typed by the metadata's members.</summary>
public class QueryStringInputTests
{
    private static readonly ApiDocument Api = ApiDocument.Parse(Encoding.UTF8.GetBytes("""
        {
          "actions": { "DescribeInstances": { "name": "DescribeInstances", "document": "", "input": "DescribeInstancesRequest", "output": "DescribeInstancesResponse" } },
          "objects": {
            "DescribeInstancesRequest": { "members": [
              { "name": "InstanceIds", "type": "list", "member": "string" },
              { "name": "Filters", "type": "list", "member": "Filter" },
              { "name": "Limit", "type": "int", "member": "int64" },
              { "name": "InstanceName", "type": "string", "member": "string" },
              { "name": "DryRun", "type": "bool", "member": "bool" },
              { "name": "Ratio", "type": "float", "member": "float" },
              { "name": "Placement", "type": "object", "member": "Placement" },
              { "name": "Ports", "type": "list", "member": "int64" }
            ] },
            "Filter": { "members": [ { "name": "Name", "type": "string", "member": "string" }, { "name": "Values", "type": "list", "member": "string" } ] },
            "Placement": { "members": [ { "name": "Zone", "type": "string", "member": "string" }, { "name": "ProjectId", "type": "int", "member": "uint64" } ] },
            "VersionedRequest": { "members": [ { "name": "Version", "type": "string", "member": "string" } ] }
          },
          "metadata": { "serviceShortName": "cvm", "serviceNameCN": "cvm" }
        }
        """));

    private static string? Convert(string query, string input = "DescribeInstancesRequest") =>
        QueryStringInput.ToJson(query, Api, input)?.ToJsonString();

    [Fact]
    public void Dotted_keys_nest_numeric_segments_are_list_items_and_member_types_decide_numbers_and_strings()
    {
        const string Query = """
            https://cvm.tencentcloudapi.com/?Action=DescribeInstances
            &Filters.0.Name=zone
            &Filters.0.Values.0=ap-guangzhou-1
            &Filters.0.Values.1=10
            &Limit=10
            &InstanceName=20
            &Placement.ProjectId=0
            &DryRun=false
            &Ratio=0.50
            &Ports.0=22
            &<公共请求参数>
            """;

        Assert.Equal(
            """{"Filters":[{"Name":"zone","Values":["ap-guangzhou-1","10"]}],"Limit":10,"InstanceName":"20","Placement":{"ProjectId":0},"DryRun":false,"Ratio":0.50,"Ports":[22]}""",
            Convert(Query));
    }

    [Fact]
    public void List_items_keep_index_order_whether_indexes_start_at_0_or_1() =>
        Assert.Equal("""{"InstanceIds":["ins-a","ins-b","ins-c"]}""", Convert("https://cvm.tencentcloudapi.com/?InstanceIds.2=ins-b&InstanceIds.1=ins-a&InstanceIds.3=ins-c"));

    [Fact]
    public void Common_parameters_are_left_out_unless_the_action_has_a_member_of_that_name()
    {
        Assert.Equal("""{"Limit":1}""", Convert("https://cvm.tencentcloudapi.com/?Action=DescribeInstances&Version=2017-03-12&Region=ap-guangzhou&Limit=1"));
        Assert.Equal("""{"Version":"v2"}""", Convert("https://cvm.tencentcloudapi.com/?Action=X&Version=v2", "VersionedRequest"));
    }

    [Fact]
    public void Values_the_metadata_does_not_type_stay_text_for_the_reader_to_judge()
    {
        Assert.Equal("""{"Limit":"ten","Unknown":"5","Extra":{"Deep":["x"]}}""", Convert("https://cvm.tencentcloudapi.com/?Limit=ten&Unknown=5&Extra.Deep.0=x"));
        Assert.Equal("""{"Limit":18446744073709551615}""", Convert("https://cvm.tencentcloudapi.com/?Limit=18446744073709551615"));
    }

    [Fact]
    public void Percent_escapes_are_decoded_and_a_literal_percent_stays() =>
        Assert.Equal("""{"InstanceName":"a b","Filters":[{"Name":"100%"}]}""", Convert("https://cvm.tencentcloudapi.com/?InstanceName=a%20b&Filters.0.Name=100%"));

    [Fact]
    public void An_object_or_list_written_whole_as_JSON_is_read_as_JSON() =>
        Assert.Equal("""{"Placement":{"Zone":"z"},"InstanceIds":["a"]}""", Convert("""https://cvm.tencentcloudapi.com/?Placement={"Zone":"z"}&InstanceIds=["a"]"""));

    [Theory]
    [InlineData("https://cvm.tencentcloudapi.com/?Limit=1&Limit.Max=2")]
    [InlineData("https://cvm.tencentcloudapi.com/?Placement.Zone=a&Placement.Zone=b")]
    [InlineData("https://cvm.tencentcloudapi.com/?Filters..Name=a")]
    [InlineData("not a query")]
    public void Keys_that_contradict_each_other_or_text_without_a_query_give_no_body(string text) =>
        Assert.Null(Convert(text));
}
