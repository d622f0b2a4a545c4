using System.Net;
using System.Text;
using System.Text.Json;
using TcApi.Client;
using TcApi.Signing;
using TcApi.Tests.Demo.V20240101;

namespace TcApi.Binding.Tests.Demo;

/// <summary>Generated page walkers: every item once, the documented page size, the caller's start, cancellation.</summary>
public class PagingTests
{
    [Fact]
    public async Task Items_walk_every_page_once_asking_for_the_documented_maximum()
    {
        var service = new VolumeService(250);
        var client = service.Client();

        var ids = new List<string>();
        await foreach (var id in client.DescribeVolumesItemsAsync(new DescribeVolumesRequest()))
        {
            ids.Add(id);
        }

        Assert.Equal(Enumerable.Range(0, 250).Select(i => $"vol-{i:D4}"), ids);
        Assert.Equal([(0L, 100L), (100L, 100L), (200L, 100L)], service.Asked);
    }

    [Fact]
    public async Task Pages_start_where_the_request_starts_and_keep_its_limit()
    {
        var service = new VolumeService(45);
        var client = service.Client();

        var pages = new List<int>();
        await foreach (var page in client.DescribeVolumesPagesAsync(new DescribeVolumesRequest { Offset = 5, Limit = 20 }))
        {
            pages.Add(page.VolumeIds.Count);
        }

        Assert.Equal([20, 20], pages);
        Assert.Equal([(5L, 20L), (25L, 20L)], service.Asked);
    }

    [Fact]
    public async Task An_empty_page_ends_the_walk_even_when_the_total_says_more()
    {
        var service = new VolumeService(30) { ClaimedTotal = 1_000 };
        var client = service.Client();

        var count = 0;
        await foreach (var _ in client.DescribeVolumesItemsAsync(new DescribeVolumesRequest()))
        {
            count++;
        }

        Assert.Equal(30, count);
        Assert.Equal(2, service.Asked.Count);
    }

    [Fact]
    public async Task Cancellation_stops_the_walk()
    {
        var service = new VolumeService(250);
        var client = service.Client();
        using var cancel = new CancellationTokenSource();

        var seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in client.DescribeVolumesItemsAsync(new DescribeVolumesRequest(), cancel.Token))
            {
                if (++seen == 100)
                {
                    await cancel.CancelAsync();
                }
            }
        });

        Assert.Single(service.Asked);
    }

    /// <summary>A DescribeVolumes service over <c>count</c> volumes that records the Offset and Limit of each call.</summary>
    private sealed class VolumeService(int count) : HttpMessageHandler
    {
        public List<(long Offset, long Limit)> Asked { get; } = [];

        public int? ClaimedTotal { get; init; }

        public DemoClient Client() =>
            new(new HttpClient(this), new Credential("AKIDtest", "secret"), new TencentCloudClientOptions { Endpoint = "https://demo.test", Region = "ap-guangzhou", RateLimiting = false });

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            using var body = JsonDocument.Parse(await request.Content!.ReadAsStringAsync(cancellationToken));
            var offset = body.RootElement.TryGetProperty("Offset", out var o) ? o.GetInt64() : 0;
            var limit = body.RootElement.TryGetProperty("Limit", out var l) ? l.GetInt64() : 20;
            Asked.Add((offset, limit));
            var ids = Enumerable.Range(0, count).Skip((int)offset).Take((int)limit).Select(i => $"\"vol-{i:D4}\"");
            var json = $$$"""{"Response":{"TotalCount":{{{ClaimedTotal ?? count}}},"VolumeIds":[{{{string.Join(",", ids)}}}],"RequestId":"r-{{{Asked.Count}}}"}}""";
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        }
    }
}
