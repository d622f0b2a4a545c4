using System.Text.Json.Nodes;
using TcApi.RoundTrip;
using Xunit;

namespace TcApi.RoundTrip.Tests;

/// <summary>
/// The full-corpus run counted 13 examples "rejected by the local cloud" that were another example's published error
/// (the same input, published first): the local cloud's choice among ambiguous examples, which the report must call so.
/// </summary>
public class PublishedAnswersTests
{
    private static readonly JsonArray Examples = (JsonArray)JsonNode.Parse("""
        [
          { "title": "error first", "output": { "Response": { "Error": { "Code": "FailedOperation", "Message": "no" }, "RequestId": "a" } } },
          { "title": "success", "output": { "Response": { "Id": "x", "RequestId": "b" } } }
        ]
        """)!;

    [Fact]
    public void Another_examples_error_with_a_fresh_request_id_is_one_of_the_published_answers()
    {
        var answer = JsonNode.Parse("""{ "Response": { "Error": { "Code": "FailedOperation", "Message": "no" }, "RequestId": "fresh" } }""");

        Assert.True(PublishedAnswers.IsOneOf(answer, Examples));
    }

    [Fact]
    public void An_error_no_example_shows_is_not_a_published_answer()
    {
        var answer = JsonNode.Parse("""{ "Response": { "Error": { "Code": "MissingParameter", "Message": "Id" }, "RequestId": "fresh" } }""");

        Assert.False(PublishedAnswers.IsOneOf(answer, Examples));
    }

    [Fact]
    public void Equal_ignores_the_request_id_only()
    {
        var output = Examples[1]!["output"];

        Assert.True(PublishedAnswers.Equal(JsonNode.Parse("""{ "Response": { "Id": "x", "RequestId": "z" } }"""), output));
        Assert.False(PublishedAnswers.Equal(JsonNode.Parse("""{ "Response": { "Id": "y", "RequestId": "b" } }"""), output));
        Assert.Equal("b", (string?)output!["Response"]!["RequestId"]);
    }
}
