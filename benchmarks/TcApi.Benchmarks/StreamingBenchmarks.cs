using System.Net;
using System.Net.Http.Headers;
using System.Text;
using BenchmarkDotNet.Attributes;
using TcApi.Benchmarks.OfficialSdkMethod;
using TcApi.Client;
using TcApi.Hunyuan.V20230901;
using TcApi.Signing;

namespace TcApi.Benchmarks;

/// <summary>
/// A streamed hunyuan ChatCompletions call through an in-memory handler that answers with the published event,
/// <see cref="Events"/> times: the time to the first event (the rest left unread), and every event read (per-event
/// cost = mean / events; allocation per event at 100 and at 10,000 events shows whether memory stays flat).
/// </summary>
[Config(typeof(StreamingBenchmarkConfig))]
public class StreamingBenchmarks
{
    private const string RequestId = "61a8459b-27c8-4868-af8f-f374db0245f8";

    /// <summary>The first event of hunyuan's published streamed example.</summary>
    private const string PublishedEvent =
        "{\"Note\":\"以上内容为AI生成，不代表开发者立场，请勿删除或修改本标记\",\"Choices\":[{\"FinishReason\":\"\",\"Delta\":{\"Role\":\"assistant\",\"Content\":\"1\"}}],\"Created\":1700549760,\"Id\":\"148b89ef-14e1-489f-8e70-b767e5b27d56\",\"Usage\":{\"PromptTokens\":4,\"CompletionTokens\":2,\"TotalTokens\":6}}";

    private OfficialSseMethodClient _official = null!;
    private HunyuanClient _client = null!;
    private readonly SdkChatCompletionsRequest _officialRequest = new()
    {
        Model = "hunyuan-lite",
        Messages = [new SdkMessage { Role = "user", Content = "1+1=" }],
        Stream = true,
    };

    private readonly ChatCompletionsRequest _request = new()
    {
        Model = "hunyuan-lite",
        Messages = [new Message { Role = "user", Content = "1+1=" }],
    };

    [Params(100, 10_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var body = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("data: " + PublishedEvent + "\n\n", Events)));
        _official = new OfficialSseMethodClient(new HttpClient(new EventStreamHandler(body)));
        _client = new HunyuanClient(
            new HttpClient(new EventStreamHandler(body)),
            new Credential(PublishedExample.SecretId, PublishedExample.SecretKey),
            new TencentCloudClientOptions { RateLimiting = false });
    }

    [Benchmark(Baseline = true, Description = "official SDK method: first event (raw)")]
    public string? OfficialFirstEvent()
    {
        using var response = _official.ChatCompletions(_officialRequest).GetAwaiter().GetResult();
        return response.First().Data;
    }

    [Benchmark(Description = "official SDK method: first event, typed (Newtonsoft)")]
    public string? OfficialFirstEventTyped()
    {
        using var response = _official.ChatCompletions(_officialRequest).GetAwaiter().GetResult();
        return OfficialSseMethodClient.Typed(response.First()).Id;
    }

    [Benchmark(Description = "TcApi: first event, typed")]
    public async Task<string> TcApiFirstEvent()
    {
        await foreach (var e in _client.ChatCompletionsStreamAsync(_request))
        {
            return e.Id;
        }

        return string.Empty;
    }

    [Benchmark(Description = "official SDK method: every event (raw)")]
    public int OfficialAllEvents()
    {
        using var response = _official.ChatCompletions(_officialRequest).GetAwaiter().GetResult();
        var length = 0;
        foreach (var e in response)
        {
            length += e.Data!.Length;
        }

        return length;
    }

    [Benchmark(Description = "official SDK method: every event, typed (Newtonsoft)")]
    public long OfficialAllEventsTyped()
    {
        using var response = _official.ChatCompletions(_officialRequest).GetAwaiter().GetResult();
        long tokens = 0;
        foreach (var e in response)
        {
            tokens += OfficialSseMethodClient.Typed(e).Usage!.CompletionTokens!.Value;
        }

        return tokens;
    }

    [Benchmark(Description = "TcApi: every event, typed")]
    public async Task<long> TcApiAllEvents()
    {
        long tokens = 0;
        await foreach (var e in _client.ChatCompletionsStreamAsync(_request))
        {
            tokens += e.Usage!.CompletionTokens;
        }

        return tokens;
    }

    /// <summary>Answers every call with the same event stream, read from memory as a stream (not a buffer the client is handed).</summary>
    private sealed class EventStreamHandler(byte[] body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new MemoryStream(body, writable: false)) };
            response.Content.Headers.ContentType = new MediaTypeHeaderValue("text/event-stream");
            response.Headers.TryAddWithoutValidation("X-TC-RequestId", RequestId);
            return Task.FromResult(response);
        }
    }
}
