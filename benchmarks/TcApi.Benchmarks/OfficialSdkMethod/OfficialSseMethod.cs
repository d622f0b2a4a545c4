using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json;

namespace TcApi.Benchmarks.OfficialSdkMethod;

/// <summary>
/// What the official .NET SDK (3.0.1493) does with a streamed answer, written here from its described method
/// (<c>AbstractClient</c> and <c>AbstractSSEModel</c>): the request serialised and signed as for any call (the same
/// steps as <see cref="OfficialSdkMethodClient"/>), the response checked for <c>Content-Type: text/event-stream</c>,
/// and the events enumerated synchronously from a <see cref="StreamReader"/>: a line at a time as a string, split at
/// its colon, <c>data:</c> lines gathered in a <see cref="StringBuilder"/>, each event an object with its data as a
/// string. The caller then deserialises each event's JSON with Newtonsoft into its model.
/// </summary>
public sealed class OfficialSseMethodClient
{
    private static readonly JsonSerializerSettings Settings = new() { NullValueHandling = NullValueHandling.Ignore };
    private readonly HttpClient _http;

    public OfficialSseMethodClient(HttpClient http) => _http = http;

    /// <summary>The call: the response's events as the SDK gives them (raw, data a JSON string), to enumerate and dispose.</summary>
    public async Task<SdkSseResponse> ChatCompletions(SdkChatCompletionsRequest request)
    {
        var body = JsonConvert.SerializeObject(request, Settings);
        var timestamp = PublishedExample.Timestamp;
        var authorization = OfficialSdkMethodClient.Sign(body, timestamp);
        using var message = new HttpRequestMessage(HttpMethod.Post, "https://hunyuan.tencentcloudapi.com/")
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        message.Headers.TryAddWithoutValidation("Authorization", authorization);
        message.Headers.TryAddWithoutValidation("X-TC-Action", "ChatCompletions");
        message.Headers.TryAddWithoutValidation("X-TC-Version", "2023-09-01");
        message.Headers.TryAddWithoutValidation("X-TC-Timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        message.Headers.TryAddWithoutValidation("X-TC-RequestClient", "SDK_NET_3.0.1493");
        var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        if (response.Content.Headers.TryGetValues("Content-Type", out var types) && types.First() == "text/event-stream")
        {
            return new SdkSseResponse(response, response.Headers.GetValues("X-TC-RequestId").FirstOrDefault());
        }

        response.Dispose();
        throw new InvalidOperationException("not a stream");
    }

    /// <summary>The typed view a caller of the SDK writes: each event's data deserialised into the response model.</summary>
    public static SdkChatCompletionsEvent Typed(SdkSse e) => JsonConvert.DeserializeObject<SdkChatCompletionsEvent>(e.Data!)!;
}

/// <summary>One event as the SDK gives it.</summary>
public sealed class SdkSse
{
    public string? Id;
    public string? Event;
    public string? Data;
    public int Retry;
}

/// <summary>The SDK's streamed response: a synchronous enumerable of raw events over the response stream.</summary>
public sealed class SdkSseResponse(HttpResponseMessage response, string? requestId) : IEnumerable<SdkSse>, IDisposable
{
    public string? RequestId { get; } = requestId;

    public IEnumerator<SdkSse> GetEnumerator()
    {
        using var reader = new StreamReader(response.Content.ReadAsStreamAsync().ConfigureAwait(false).GetAwaiter().GetResult());
        while (!reader.EndOfStream)
        {
            var e = new SdkSse();
            var data = new StringBuilder();
            while (true)
            {
                var line = reader.ReadLine();
                if (string.IsNullOrEmpty(line))
                {
                    break;
                }

                if (line[0] == ':')
                {
                    continue;
                }

                var colon = line.IndexOf(':');
                switch (line.Substring(0, colon))
                {
                    case "id":
                        e.Id = line.Substring(colon + 1);
                        break;
                    case "event":
                        e.Event = line.Substring(colon + 1);
                        break;
                    case "data":
                        if (data.Length > 0)
                        {
                            data.Append('\n');
                        }

                        var value = line.Substring(colon + 1);
                        data.Append(value[0] == ' ' ? value.Substring(1) : value);
                        break;
                    case "retry":
                        _ = int.TryParse(line.Substring(colon + 1), out e.Retry);
                        break;
                }
            }

            e.Data = data.ToString();
            yield return e;
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public void Dispose() => response.Dispose();
}

/// <summary>The SDK's request model shape for ChatCompletions (the members the benchmark sends).</summary>
public sealed class SdkChatCompletionsRequest
{
    [JsonProperty("Model")] public string? Model { get; set; }
    [JsonProperty("Messages")] public SdkMessage[]? Messages { get; set; }
    [JsonProperty("Stream")] public bool? Stream { get; set; }
    [JsonProperty("Temperature")] public float? Temperature { get; set; }
}

public sealed class SdkMessage
{
    [JsonProperty("Role")] public string? Role { get; set; }
    [JsonProperty("Content")] public string? Content { get; set; }
}

/// <summary>The SDK's ChatCompletionsResponse shape, into which a caller reads each event.</summary>
public sealed class SdkChatCompletionsEvent
{
    [JsonProperty("Created")] public long? Created { get; set; }
    [JsonProperty("Usage")] public SdkUsage? Usage { get; set; }
    [JsonProperty("Note")] public string? Note { get; set; }
    [JsonProperty("Id")] public string? Id { get; set; }
    [JsonProperty("Choices")] public SdkChoice[]? Choices { get; set; }
    [JsonProperty("RequestId")] public string? RequestId { get; set; }
}

public sealed class SdkUsage
{
    [JsonProperty("PromptTokens")] public long? PromptTokens { get; set; }
    [JsonProperty("CompletionTokens")] public long? CompletionTokens { get; set; }
    [JsonProperty("TotalTokens")] public long? TotalTokens { get; set; }
}

public sealed class SdkChoice
{
    [JsonProperty("FinishReason")] public string? FinishReason { get; set; }
    [JsonProperty("Delta")] public SdkMessage? Delta { get; set; }
}
