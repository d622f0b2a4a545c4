using System.Net;
using System.Text;

namespace TcApi.Runtime.Tests.Support;

/// <summary>Answers in API 3.0's envelope from a script, and records what was sent.</summary>
public sealed class FakeHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, HttpResponseMessage>> _script = new();
    private int _requestNumber;

    public List<RecordedRequest> Requests { get; } = new();

    /// <summary>Runs before each answer, e.g. to move a fake clock while the "service" works.</summary>
    public Action? OnSend { get; set; }

    public FakeHandler Success() => Enqueue(_ => Envelope("{\"RequestId\":\"" + NextRequestId() + "\"}"));

    public FakeHandler Error(string code, DateTimeOffset? serverDate = null) => Enqueue(_ =>
    {
        var response = Envelope("{\"Error\":{\"Code\":\"" + code + "\",\"Message\":\"scripted\"},\"RequestId\":\"" + NextRequestId() + "\"}");
        response.Headers.Date = serverDate;
        return response;
    });

    public FakeHandler Enqueue(Func<HttpRequestMessage, HttpResponseMessage> answer)
    {
        _script.Enqueue(answer);
        return this;
    }

    public static HttpResponseMessage Envelope(string response) => new(HttpStatusCode.OK)
    {
        Content = new StringContent("{\"Response\":" + response + "}", Encoding.UTF8, "application/json"),
    };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (Requests)
        {
            Requests.Add(new RecordedRequest(headers, body));
        }

        OnSend?.Invoke();
        Func<HttpRequestMessage, HttpResponseMessage> answer;
        lock (_script)
        {
            answer = _script.Count > 0 ? _script.Dequeue() : _ => Envelope("{\"RequestId\":\"" + NextRequestId() + "\"}");
        }

        return answer(request);
    }

    private string NextRequestId() => $"req-{Interlocked.Increment(ref _requestNumber)}";
}

public sealed record RecordedRequest(Dictionary<string, string> Headers, string Body);
