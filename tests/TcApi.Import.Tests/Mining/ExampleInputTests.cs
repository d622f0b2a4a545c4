using System.Text.Json.Nodes;
using TcApi.Import.Mining;
using TcApi.Import.Mining.Corpus;

namespace TcApi.Import.Tests.Mining;

/// <summary>Published example inputs as JSON, and the check of a value against a mined constraint.</summary>
public class ExampleInputTests
{
    [Fact]
    public void A_legacy_query_example_becomes_nested_json()
    {
        // ams CreateAudioModerationTask
        var input = ExampleInput.Read("https://ams.tencentcloudapi.com/?Action=CreateAudioModerationTask\n&BizType=1001\n&Type=AUDIO\n&Tasks.0.DataId=test_data_1\n&Tasks.0.Input.Type=URL\n&Tasks.1.DataId=x\n&<公共请求参数>");

        Assert.NotNull(input);
        Assert.Equal("""{"BizType":"1001","Type":"AUDIO","Tasks":[{"DataId":"test_data_1","Input":{"Type":"URL"}},{"DataId":"x"}]}""", input!.ToJsonString());
    }

    [Fact]
    public void A_json_example_is_its_body_and_anything_else_is_not_read()
    {
        Assert.Equal("""{"Limit":1}""", ExampleInput.Read("POST / HTTP/1.1\nHost: cvm.tencentcloudapi.com\nX-TC-Action: DescribeInstances\n<公共请求参数>\n\n{\"Limit\": 1}")!.ToJsonString());
        Assert.Null(ExampleInput.Read("POST / HTTP/1.1\nContent-Type: multipart/form-data; boundary=----x\n\n------x\nContent-Disposition: form-data; name=\"File\""));
    }

    [Theory]
    [InlineData("150", true)]
    [InlineData("\"150\"", true)]
    [InlineData("100", false)]
    [InlineData("\"abc\"", false)]
    public void A_number_is_checked_against_a_range_even_when_written_as_text(string json, bool breaks)
    {
        var range = new MinedConstraint(MinedKind.Range, false, 1, 100, null, null, Array.Empty<string>(), false, "取值范围：1-100", MinedConfidence.High, "zh");

        Assert.Equal(breaks, ExampleChecker.Breaks(range, JsonNode.Parse(json)!));
    }
}
