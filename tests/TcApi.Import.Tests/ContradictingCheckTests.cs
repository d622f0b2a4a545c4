using System.Text.Json.Nodes;
using TcApi.Tool.CorpusCheck;

namespace TcApi.Import.Tests;

/// <summary>corpus-check --contradicting: the rows it takes from a report, the spec cut it checks, the Newtonsoft harness.</summary>
public class ContradictingCheckTests
{
    [Fact]
    public void The_report_rows_of_type_mismatches_name_the_service_versions_and_actions()
    {
        var report = Path.GetTempFileName();
        File.WriteAllLines(report,
        [
            "| bmlb 2018-06-25 | CreateL7Rules | rejected: value contradicts the metadata's type | `/Response/TaskId` | expected a string, found a number |",
            "| bmlb 2018-06-25 | DeleteL7Rules | rejected: value contradicts the metadata's type | `/Response/TaskId` | expected a string, found a number |",
            "| vpc 2017-03-12 | DescribeIpGeolocationInfos | rejected: invalid value | `/Fields/Province` | expected true or false, found a string |",
        ]);

        var found = ContradictingExamples.Read(report);

        Assert.Equal(["bmlb 2018-06-25"], found.Keys);
        Assert.Equal(["CreateL7Rules", "DeleteL7Rules"], found["bmlb 2018-06-25"].Order());
    }

    [Fact]
    public void A_cut_spec_keeps_the_actions_and_every_object_they_reach_and_no_other()
    {
        var spec = JsonNode.Parse("""
            {"actions":[
              {"name":"A","input":[],"output":[{"name":"X","type":"object","object":"Outer"}]},
              {"name":"B","input":[{"name":"Y","type":"object","object":"Unused"}],"output":[]}],
             "objects":[
              {"name":"Outer","members":[{"name":"Items","type":"list","items":{"type":"object","object":"Inner"}}]},
              {"name":"Inner","members":[{"name":"Self","type":"object","object":"Inner"}]},
              {"name":"Unused","members":[]}]}
            """)!.AsObject();

        var cut = SpecTrim.KeepActions(spec, new HashSet<string> { "A" });

        Assert.Equal(["A"], cut["actions"]!.AsArray().Select(a => (string)a!["name"]!));
        Assert.Equal(["Outer", "Inner"], cut["objects"]!.AsArray().Select(o => (string)o!["name"]!));
    }

    [Theory]
    [InlineData("a string", "2385736", false, true, "\"2385736\"")]
    [InlineData("true or false", "\"True\"", false, true, "true")]
    [InlineData("a whole number", "\"\"", false, true, "null")]
    [InlineData("a whole number", "true", true, true, "1")]
    [InlineData("an object", "\"\"", false, true, "null")]
    [InlineData("an array", "{\"Name\":\"x\"}", false, false, "")]
    [InlineData("a string", "{\"a\":1}", false, false, "")]
    [InlineData("a whole number", "\"xxxxxxxxxx\"", false, false, "")]
    public void Newtonsoft_reads_as_the_official_SDK_reads(string expected, string raw, bool listItem, bool reads, string holds)
    {
        var result = NewtonsoftReading.Read(expected, raw, listItem);

        Assert.Equal(reads, result.Reads);
        if (reads)
        {
            Assert.Equal(holds, result.Holds);
        }
    }
}
