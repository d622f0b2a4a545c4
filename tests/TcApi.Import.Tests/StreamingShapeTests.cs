using System.Text.Json.Nodes;
using TcApi.Import.Translation;
using TcApi.Import.Tencent;
using TcApi.Import.Writing;

namespace TcApi.Import.Tests;

/// <summary>Which actions answer with server-sent events, as the importer reads it from Tencent's metadata.</summary>
[Collection(nameof(CorpusCollection))]
public class StreamingShapeTests(CorpusFixture fixture)
{
    private static TencentMember Member(string name, string type, string document = "") =>
        new(name, type, type, document, null, false, false, false, false);

    private static TencentObject Object(params TencentMember[] members) => new("X", string.Empty, members, null);

    [Fact]
    public void Every_streamed_action_of_the_corpus_is_found_from_its_documented_RequestId_header()
    {
        var found = new List<string>();
        foreach (var files in fixture.Corpus.ServiceVersions)
        {
            var api = ApiDocument.Parse(files.ChineseApi ?? files.EnglishApi!);
            foreach (var action in api.Actions.Values)
            {
                if (StreamingShape.Detect(api.Objects.GetValueOrDefault(action.Input), api.Objects.GetValueOrDefault(action.Output), null, null) is not null)
                {
                    found.Add($"{files.Service}/{files.Version}/{action.Name}");
                }
            }
        }

        // The actions whose response the official .NET SDK 3.0.1493 models as AbstractSSEModel, one for one.
        Assert.Equal(27, found.Count);
        Assert.Equal(10, found.Select(f => f.Split('/')[0]).Distinct().Count());
        Assert.Contains("hunyuan/v20230901/ChatCompletions", found);
        Assert.Contains("trtc/v20190722/TextToSpeechSSE", found);
        Assert.Contains("lkeap/v20240522/ChatCompletions", found);
    }

    [Fact]
    public void A_published_answer_of_data_lines_marks_an_action_and_a_bool_Stream_input_is_its_flag()
    {
        var examples = new JsonArray { new JsonObject { ["title"] = "流式", ["outputText"] = "HTTP/1.1 200 OK\nContent-Type: text/event-stream\n\ndata: {\"A\":1}\n\n" } };

        var streaming = StreamingShape.Detect(Object(Member("Stream", "bool")), Object(Member("RequestId", "string")), null, examples)!;

        Assert.True(streaming["value"]!.GetValue<bool>());
        Assert.Equal("Stream", streaming["requestFlag"]!.GetValue<string>());
        Assert.Contains("流式", streaming["provenance"]!["inferred"]!.GetValue<string>());
    }

    [Fact]
    public void An_ordinary_action_is_not_marked_and_a_Stream_member_of_another_type_is_no_flag()
    {
        var json = new JsonArray { new JsonObject { ["title"] = "t", ["output"] = new JsonObject() } };

        Assert.Null(StreamingShape.Detect(Object(Member("Stream", "bool")), Object(Member("RequestId", "string", "唯一请求 ID。")), null, json));
        var header = Object(Member("RequestId", "string", "唯一请求 ID。本接口为流式响应接口，当请求成功时，RequestId 会被放在 HTTP 响应的 Header \"X-TC-RequestId\" 中。"));
        var streaming = StreamingShape.Detect(Object(Member("Stream", "string")), header, null, null)!;
        Assert.Null(streaming["requestFlag"]);
        Assert.StartsWith("本接口为流式响应接口", streaming["provenance"]!["documented"]!.GetValue<string>());
    }

    [Fact]
    public void The_streaming_tests_hunyuan_spec_is_a_fresh_import()
    {
        var files = fixture.Corpus.Find("hunyuan", "2023-09-01")!;
        var path = Path.Combine(CorpusFixture.RepositoryRoot(), "tests", "TcApi.Streaming.Tests", "Specs", "hunyuan-v20230901.tcapi.json");

        var fresh = SpecJson.ToUtf8(SpecImporter.Import(files, fixture.Corpus.Sources, SpecImporter.SchemaAddress));

        Assert.True(fresh.AsSpan().SequenceEqual(File.ReadAllBytes(path)), $"{path} differs from a fresh import: run `dotnet run --project tools/TcApi.Tool -- import hunyuan --version 2023-09-01 --out {path}`");
    }
}
