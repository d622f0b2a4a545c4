using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using TcApi.Client;
using TcApi.Credentials;
using TcApi.Errors;
using TcApi.Runtime.Tests.Support;
using TcApi.Wire;

namespace TcApi.Runtime.Tests.Client;

/// <summary>
/// Large answers (issue 23): read from the response stream into pooled buffers, never a large-object-heap array per
/// call; refused past <see cref="TencentCloudClientOptions.MaxResponseBytes"/>; read whole when their length is unknown.
/// </summary>
public class LargeAnswerTests
{
    private const int LargeObjectThreshold = 85_000;
    private static readonly ApiActionInfo Action = new("ping", "2024-01-01", "Items", true, null);

    [Fact]
    public void A_2_MB_answer_is_read_without_any_allocation_on_the_large_object_heap()
    {
        // The answer is large but its model small (one skipped member): every byte this thread allocates during the
        // call is the call's own work, so if their total stays under 85,000 no single array of 85,000 or more — a
        // large-object-heap allocation — can have been made. Per thread, so tests running beside it do not count.
        var body = Padded(2 * 1024 * 1024, "r-large");
        var client = Client(_ => Answer(new ByteArrayContent(body)), new TencentCloudClientOptions { RateLimiting = false });
        Call(client); // The first call rents the pool's buffers.

        var before = GC.GetAllocatedBytesForCurrentThread();
        var response = Call(client);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal("r-large", response.RequestId);
        Assert.True(allocated < LargeObjectThreshold, $"a 2 MB answer's call allocated {allocated:N0} bytes on its thread");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_answer_over_MaxResponseBytes_is_refused_naming_the_limit(bool lengthDeclared)
    {
        var body = Padded(2 * 1024 * 1024, "r-over");
        var stream = new PieceStream(body, piece: 4096);
        // One attempt: a transport failure is retried, and a retry would read on from where the first one stopped.
        var options = new TencentCloudClientOptions { RateLimiting = false, MaxResponseBytes = 1024 * 1024 };
        options.Retry.MaxAttempts = 1;
        var client = Client(_ => Answer(lengthDeclared ? new ByteArrayContent(body) : new StreamContent(stream)), options);

        var error = await Assert.ThrowsAsync<TencentCloudTransportException>(() => client.SendAsync(new PingRequest(), Action, ItemsResponse.Read));

        Assert.Contains("1048576", error.Message);
        Assert.Contains("(MaxResponseBytes)", error.Message);
        Assert.True(error.RequestMayHaveBeenSent);
        // Refused while reading: no more than the limit and one piece was taken from the stream.
        Assert.True(stream.Position <= 1024 * 1024 + 4096, $"{stream.Position:N0} bytes were read");
    }

    [Fact]
    public async Task A_chunked_answer_of_unknown_length_is_read_whole()
    {
        const int Count = 250_000;
        var body = Encoding.UTF8.GetBytes("{\"Response\":{\"Items\":[" + string.Join(",", Enumerable.Range(0, Count)) + "],\"RequestId\":\"r-chunked\"}}");
        var client = Client(_ => Answer(new StreamContent(new PieceStream(body, piece: 997))), new TencentCloudClientOptions { RateLimiting = false });

        var response = await client.SendAsync(new PingRequest(), Action, ItemsResponse.Read);

        Assert.Equal("r-chunked", response.RequestId);
        Assert.Equal(Count, response.Items.Count);
        Assert.Equal(Enumerable.Range(0, Count).Select(i => (long)i), response.Items);
    }

    [Fact]
    public async Task A_malformed_large_answer_keeps_its_RequestId_and_the_first_64_KiB_of_its_body()
    {
        // The RequestId comes first and the bad value after 200 KB; the next call reuses the pooled buffer, which must
        // not change what the exception kept.
        var malformed = Encoding.UTF8.GetBytes("{\"Response\":{\"RequestId\":\"r-bad\",\"Padding\":\"" + new string('x', 200_000) + "\",\"Items\":[1,\"two\"]}}");
        var answers = new Queue<byte[]>([malformed, Padded(300_000, "r-next")]);
        var client = Client(_ => Answer(new ByteArrayContent(answers.Dequeue())), new TencentCloudClientOptions { RateLimiting = false, StrictResponseReading = true });

        var error = await Assert.ThrowsAsync<ResponseFormatException>(() => client.SendAsync(new PingRequest(), Action, ItemsResponse.Read));
        var next = await client.SendAsync(new PingRequest(), Action, ItemsResponse.Read);

        Assert.Equal(("r-bad", "/Response/Items/1", "r-next"), (error.RequestId, error.Path, next.RequestId));
        Assert.Equal(malformed.Length, error.BodyLength);
        Assert.Equal(malformed.AsSpan(0, ResponseFormatException.MaxRawBodyBytes).ToArray(), error.RawBody.ToArray());
    }

    private static ItemsResponse Call(TencentCloudClient client)
    {
        var call = client.SendAsync(new PingRequest(), Action, ItemsResponse.Read);
        // An in-memory handler and a memory stream: the whole call completes on this thread.
        Assert.True(call.IsCompletedSuccessfully, "the call did not complete synchronously");
        return call.Result;
    }

    private static TencentCloudClient Client(Func<HttpRequestMessage, HttpResponseMessage> answer, TencentCloudClientOptions options) =>
        new TencentCloudClient(new HttpClient(new SynchronousHandler(answer)), AnonymousCredentialProvider.Instance, options, PingClient.DefaultEndpoint);

    private static HttpResponseMessage Answer(HttpContent content)
    {
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }

    /// <summary>An answer of about <paramref name="size"/> bytes whose bulk is a member the reader skips.</summary>
    private static byte[] Padded(int size, string requestId) =>
        Encoding.UTF8.GetBytes("{\"Response\":{\"Padding\":\"" + new string('x', size) + "\",\"RequestId\":\"" + requestId + "\"}}");

    /// <summary>Answers without recording or awaiting anything, so a call over it can complete synchronously.</summary>
    private sealed class SynchronousHandler(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(answer(request));
    }

    /// <summary>A body of unknown length (not seekable: no Content-Length) that arrives in pieces, some asynchronously.</summary>
    private sealed class PieceStream(byte[] body, int piece) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Take(buffer.AsSpan(offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_position / piece % 7 == 3)
            {
                await Task.Yield();
            }

            return Take(buffer.Span);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Take(Span<byte> destination)
        {
            var count = Math.Min(Math.Min(piece, destination.Length), body.Length - _position);
            body.AsSpan(_position, count).CopyTo(destination);
            _position += count;
            return count;
        }
    }

    /// <summary>A response read the way a generated one is, through the runtime's readers: a list of numbers.</summary>
    private sealed record ItemsResponse(IReadOnlyList<long> Items, string RequestId) : IApiResponse
    {
        public static ItemsResponse Read(ReadOnlySpan<byte> utf8Json) =>
            WireReader.ReadResponse(utf8Json, "Items", ReadBody, (error, requestId) => new TencentCloudApiException("Items", error, requestId));

        private static ItemsResponse ReadBody(ref Utf8JsonReader reader, ref ResponseReadState state)
        {
            IReadOnlyList<long>? items = null;
            while (WireReader.NextProperty(ref reader))
            {
                if (state.TryReadEnvelopeMember(ref reader))
                {
                    continue;
                }

                if (reader.ValueTextEquals("Items"u8))
                {
                    items = WireReader.List(ref reader, "Items", WireReadMode.Response, WireReader.Int64Value);
                }
                else
                {
                    WireReader.SkipValue(ref reader);
                }
            }

            return new ItemsResponse(items ?? [], state.RequestId ?? string.Empty);
        }

        public void WriteTo(Utf8JsonWriter writer) => throw new NotSupportedException();
    }
}
