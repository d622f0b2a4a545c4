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
        var answer = """{ "Response": { "Error": { "Code": "FailedOperation", "Message": "no" }, "RequestId": "fresh" } }""";

        Assert.True(PublishedAnswers.IsOneOf(answer, Examples));
    }

    [Fact]
    public void An_error_no_example_shows_is_not_a_published_answer()
    {
        var answer = """{ "Response": { "Error": { "Code": "MissingParameter", "Message": "Id" }, "RequestId": "fresh" } }""";

        Assert.False(PublishedAnswers.IsOneOf(answer, Examples));
    }

    [Fact]
    public void Equal_ignores_the_request_id_only()
    {
        var output = Examples[1]!["output"];

        Assert.True(PublishedAnswers.Equal("""{ "Response": { "Id": "x", "RequestId": "z" } }""", output));
        Assert.False(PublishedAnswers.Equal("""{ "Response": { "Id": "y", "RequestId": "b" } }""", output));
        Assert.Equal("b", (string?)output!["Response"]!["RequestId"]);
    }

    /// <summary>trtc's TextToSpeechSSE: two streamed examples share one input, the first a stream ending in an error
    /// event; the check of the answer parsed the events as JSON and the round trip counted two faults.</summary>
    [Fact]
    public void A_streamed_answer_is_compared_as_published_text_and_never_parsed_as_JSON()
    {
        const string events = "data: {\"Type\": \"chunk\"}\n\ndata: {\"Type\": \"error\", \"Error\": {\"Code\": \"InternalError\"}}";
        var streamed = new JsonArray(
            new JsonObject { ["title"] = "stream ending in an error", ["outputText"] = events },
            new JsonObject { ["title"] = "stream", ["outputText"] = "data: {\"Type\": \"chunk\"}" });

        Assert.True(PublishedAnswers.IsOneOf(events + "\n", streamed));
        Assert.False(PublishedAnswers.IsOneOf("data: {}", streamed));
        Assert.False(PublishedAnswers.Equal(events, null));
        Assert.False(PublishedAnswers.Equal(events, Examples[1]!["output"]));
    }
}
