using System.Net;
using System.Text;
using System.Text.Json;
using TcApi.Client;
using TcApi.Signing;
using TcApi.Tests.Nested.V20250101;

namespace TcApi.Binding.Tests.Nested;

/// <summary>Generated page walkers for a token-paged action: every item once, the documented page size, a stuck token ends the walk.</summary>
public class TokenPagingTests
{
    [Fact]
    public async Task Items_follow_the_next_token_until_there_is_none()
    {
        var service = new TaskService(120);

        var ids = new List<string>();
        await foreach (var id in service.Client().ListTasksItemsAsync(new ListTasksRequest()))
        {
            ids.Add(id);
        }

        Assert.Equal(Enumerable.Range(0, 120).Select(i => $"task-{i}"), ids);
        Assert.Equal([(null, 50L), ("50", 50L), ("100", 50L)], service.Asked);
    }

    [Fact]
    public async Task A_token_that_does_not_move_ends_the_walk()
    {
        var service = new TaskService(120) { StuckAt = "50" };

        var pages = 0;
        await foreach (var _ in service.Client().ListTasksPagesAsync(new ListTasksRequest { MaxResults = 50 }))
        {
            pages++;
        }

        Assert.Equal(2, pages);
    }

    /// <summary>A ListTasks service over <c>count</c> tasks whose tokens are offsets, recording each call's token and page size.</summary>
    private sealed class TaskService(int count) : HttpMessageHandler
    {
        public List<(string? Token, long MaxResults)> Asked { get; } = [];

        public string? StuckAt { get; init; }

        public NestedClient Client() =>
            new(new HttpClient(this), new Credential("AKIDtest", "secret"), new TencentCloudClientOptions { Endpoint = "https://nested.test", RateLimiting = false });

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            using var body = JsonDocument.Parse(await request.Content!.ReadAsStringAsync(cancellationToken));
            var token = body.RootElement.TryGetProperty("NextToken", out var t) ? t.GetString() : null;
            var size = body.RootElement.TryGetProperty("MaxResults", out var m) ? m.GetInt64() : 10;
            Asked.Add((token, size));
            var start = token is null ? 0 : int.Parse(token, System.Globalization.CultureInfo.InvariantCulture);
            var ids = Enumerable.Range(start, Math.Max(0, Math.Min((int)size, count - start))).Select(i => $"\"task-{i}\"");
            var next = StuckAt ?? (start + size < count ? (start + size).ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
            var nextJson = next is null ? "null" : $"\"{next}\"";
            var json = $$$"""{"Response":{"TaskIds":[{{{string.Join(",", ids)}}}],"NextToken":{{{nextJson}}},"RequestId":"r-{{{Asked.Count}}}"}}""";
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        }
    }
}
