using Microsoft.CodeAnalysis;
using TcApi.Generator.Tests.Spec;

namespace TcApi.Generator.Tests.Streaming;

/// <summary>The spec's <c>streaming</c> key: the streamed call it generates, and the errors in it.</summary>
public class StreamingSpecTests
{
    private const string Flagged = "\"name\": \"Label\", \"type\": \"string\", \"description\": \"A label.\" },\n        { \"name\": \"Stream\", \"type\": \"boolean\", \"description\": \"Streams.\" }";

    private static string Spec(string streaming) => MinimalSpec.Text
        .Replace("\"name\": \"Label\", \"type\": \"string\", \"description\": \"A label.\" }", Flagged, StringComparison.Ordinal)
        .Replace("\"description\": \"Pings.\",", "\"description\": \"Pings.\", " + streaming, StringComparison.Ordinal);

    private static string Source(GeneratorRunResult result, string file) =>
        result.GeneratedSources.Single(s => s.HintName.EndsWith(file, StringComparison.Ordinal)).SourceText.ToString();

    [Fact]
    public void A_streaming_action_gets_a_streamed_call_that_sets_its_flag_and_compiles()
    {
        var (result, output) = GeneratorHarness.Run(Spec("\"streaming\": { \"value\": true, \"requestFlag\": \"Stream\", \"provenance\": { \"inferred\": \"test\" } },"));

        Assert.Empty(result.Diagnostics);
        var client = Source(result, "MiniClient.g.cs");
        Assert.Contains("IAsyncEnumerable<global::Mini.Api.PingResponse> PingStreamAsync(", client);
        Assert.Contains("with { Stream = true }", client);
        Assert.Contains("public static PingResponse ReadEvent(global::System.ReadOnlySpan<byte> utf8Json, string? requestId)", Source(result, "Responses.g.cs"));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void An_action_that_always_streams_sends_the_request_as_it_is()
    {
        var (result, output) = GeneratorHarness.Run(Spec("\"streaming\": { \"value\": true },"));

        Assert.Empty(result.Diagnostics);
        var client = Source(result, "MiniClient.g.cs");
        Assert.Contains("Core.StreamAsync<global::Mini.Api.PingResponse>(request, ", client);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Without_the_key_or_with_value_false_there_is_no_streamed_call()
    {
        foreach (var spec in new[] { MinimalSpec.Text, Spec("\"streaming\": { \"value\": false },") })
        {
            var (result, _) = GeneratorHarness.Run(spec);

            Assert.Empty(result.Diagnostics);
            Assert.DoesNotContain("StreamAsync", Source(result, "MiniClient.g.cs"));
            Assert.DoesNotContain("ReadEvent", Source(result, "Responses.g.cs"));
        }
    }

    [Theory]
    [InlineData("\"streaming\": { \"value\": true, \"requestFlag\": \"Streem\" },", "TCAPI0008", "Streem")]
    [InlineData("\"streaming\": { \"value\": true, \"requestFlag\": \"Label\" },", "TCAPI0005", "'Label' must be a boolean or a flag")]
    [InlineData("\"streaming\": { \"requestFlag\": \"Stream\" },", "TCAPI0003", "value")]
    [InlineData("\"streaming\": { \"value\": true, \"flag\": \"Stream\" },", "TCAPI0002", "flag")]
    [InlineData("\"streaming\": true,", "TCAPI0004", "streaming")]
    public void A_bad_streaming_value_is_an_error_at_its_place(string streaming, string id, string messagePart)
    {
        var (result, _) = GeneratorHarness.Run(Spec(streaming));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Contains(messagePart, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void An_overlay_declares_streaming()
    {
        var overlay = """
            { "formatVersion": 2, "service": "mini", "apiVersion": "2020-01-01",
              "actions": { "Ping": { "streaming": { "value": true, "requestFlag": "Stream", "provenance": { "documented": "Streams when Stream is true." } } } } }
            """;
        var (result, _) = GeneratorHarness.Run(
            Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp12,
            GeneratorHarness.Spec(Spec(string.Empty), "/specs/mini.tcapi.json"),
            GeneratorHarness.Spec(overlay, "/specs/mini.tcapi-overlay.json"));

        Assert.Empty(result.Diagnostics);
        Assert.Contains("PingStreamAsync(", Source(result, "MiniClient.g.cs"));
    }
}
