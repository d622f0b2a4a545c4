using TcApi.Import.Translation;

namespace TcApi.Import.Tests;

public class PublishedExampleTests
{
    [Fact]
    public void A_post_with_a_json_body_keeps_the_body()
    {
        var example = PublishedExample.Parse("t", "d", "POST / HTTP/1.1\r\nHost: gaap.tencentcloudapi.com\r\n<公共请求参数>\r\n\r\n{\"Ports\": [\"90\"]}", "{\"Response\":{\"RequestId\":\"r\"}}");

        Assert.Equal(ExampleFormat.Json, example.Format);
        Assert.Equal("90", example.Input!["Ports"]![0]!.GetValue<string>());
        Assert.NotNull(example.Output);
    }

    [Fact]
    public void The_legacy_query_form_is_kept_as_text()
    {
        var example = PublishedExample.Parse("t", "d", "https://cvm.tencentcloudapi.com/?Action=DescribeInstances\n&Filters.0.Name=zone\n&<公共请求参数>", "{}");

        Assert.Equal(ExampleFormat.Query, example.Format);
        Assert.Null(example.Input);
        Assert.Contains("Filters.0.Name=zone", example.InputText);
    }

    [Theory]
    [InlineData("POST / HTTP/1.1\nHost: lke.tencentcloudapi.com\n      <公共请求参数>\n   \n{\"TaskId\": \"8\"}")]
    [InlineData("POST / HTTP/1.1\nHost: mdl.tencentcloudapi.com\nX-TC-Action: ModifyStreamLiveChannel\n<Common request parameters>\n{\"TaskId\": \"8\"}")]
    [InlineData("POST / HTTP/1.1Host: p.tencentcloudapi.comX-TC-Action: DescribeCustomerUin<Common request parameters>{    \"TaskId\": \"8\"}")]
    public void A_body_is_found_after_a_blank_line_that_holds_spaces_or_right_after_the_common_parameters(string input)
    {
        var example = PublishedExample.Parse("t", "d", input, "{}");

        Assert.Equal(ExampleFormat.Json, example.Format);
        Assert.Equal("8", example.Input!["TaskId"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("POST / HTTP/1.1\n\n{\"a\":1}{\"b\":2}")]
    [InlineData("POST / HTTP/1.1\n\n{\"a\":\"{\"v\": 1}\"}")]
    [InlineData("Path : /x\n\n<body>\n{\"a\":1}")]
    [InlineData("POST / HTTP/1.1\n\n{\"a\":1,\"a\":2}")]
    public void Anything_else_is_other_and_never_throws(string input) =>
        Assert.Equal(ExampleFormat.Other, PublishedExample.Parse("t", "d", input, "not json").Format);
}
