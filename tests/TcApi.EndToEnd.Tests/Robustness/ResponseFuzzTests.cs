using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using TcApi.Errors;
using TcApi.Gaap.V20180529;

namespace TcApi.Client.Tests.Robustness;

/// <summary>
/// Random and mutated envelopes through the response reader: it returns a response or throws one of the runtime's own
/// exceptions (never a JSON-library one), carrying the RequestId when the envelope had one.
/// </summary>
public class ResponseFuzzTests
{
    private static readonly string[] Keys = ["Response", "Error", "Code", "Message", "RequestId", "ListenerIds", "Other"];

    private static readonly Gen<JsonNode?> Nothing = Gen.Const<JsonNode?>(() => null);

    private static readonly Gen<JsonNode?> Value = Gen.Recursive<JsonNode?>((depth, tree) => Gen.OneOf(
        Nothing,
        Gen.Int.Select(i => (JsonNode?)JsonValue.Create(i)),
        Gen.Double.Select(d => (JsonNode?)JsonValue.Create(double.IsFinite(d) ? d : 1.5)),
        Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
        Gen.OneOf<string>("listener-1", "r-1", "AuthFailure", "InvalidParameterValue.DuplicatedListenerPort", "", "12").Select(s => (JsonNode?)JsonValue.Create(s)),
        depth > 3 ? Nothing : tree.Array[0, 3].Select(items => (JsonNode?)new JsonArray(items.Select(i => i?.DeepClone()).ToArray())),
        depth > 3 ? Nothing : Gen.Select(Gen.OneOf<string>(Keys).Array[0, 4], tree.Array[4], (keys, values) =>
        {
            var obj = new JsonObject();
            for (var i = 0; i < keys.Length; i++)
            {
                obj[keys[i]] = values[i]?.DeepClone();
            }

            return (JsonNode?)obj;
        })));

    private static readonly Gen<byte[]> Envelopes = Gen.OneOf(
        Value.Select(v => Encoding.UTF8.GetBytes(new JsonObject { ["Response"] = v }.ToJsonString())),
        Value.Select(v => Encoding.UTF8.GetBytes(v?.ToJsonString() ?? "null")),
        Gen.Select(Gen.Int[0, 200], Gen.Byte, Gen.Int[0, 3], (at, b, kind) => Mutate(Published, at, b, kind)));

    private static byte[] Published => """{"Response":{"RequestId":"9aeda369-17c7-429f-be39-745c1e92fc71","ListenerIds":["listener-o0f3at99"]}}"""u8.ToArray();

    [Fact]
    public void Only_the_runtimes_own_exceptions_come_out_of_the_reader()
    {
        Envelopes.Sample(body =>
        {
            try
            {
                CreateTCPListenersResponse.Read(body);
            }
            catch (GaapApiException e)
            {
                Assert.Equal(RequestIdOf(body), e.RequestId);
            }
            catch (ResponseFormatException)
            {
            }
        }, seed: Seed, iter: Iterations(3000), threads: 1, print: b => Encoding.UTF8.GetString(b));
    }

    [Theory]
    [InlineData("""{"Response":{"Error":{"Code":"InternalError"},"RequestId":"r-7"}}""", "r-7")]
    [InlineData("""{"Response":{"RequestId":"r-8","Error":{"Code":"InternalError","Message":null}}}""", "r-8")]
    [InlineData("""{"Response":{"Error":{"Code":"InternalError","Message":"m"}}}""", null)]
    public void An_error_with_missing_fields_still_names_its_request(string body, string? requestId) =>
        Assert.Equal(requestId, Assert.Throws<GaapApiException>(() => CreateTCPListenersResponse.Read(Encoding.UTF8.GetBytes(body))).RequestId);

    [Theory]
    [InlineData("""{"Response":{"RequestId":"r","RequestId":"s","ListenerIds":[]}}""")]
    [InlineData("""{"Response":{"RequestId":"r","ListenerIds":["a"],"ListenerIds":["b"]}}""")]
    public void Duplicate_keys_are_read_last_one_wins_without_error(string body) =>
        CreateTCPListenersResponse.Read(Encoding.UTF8.GetBytes(body));

    [Fact]
    public async Task A_50_MB_answer_is_refused_by_the_size_cap_without_reading_it_all()
    {
        var handler = new HugeAnswerHandler(50 * 1024 * 1024);
        var client = new GaapClient(new HttpClient(handler), TcApi.Emulator.EmulatorOptions.TestCredential, new TcApi.Client.TencentCloudClientOptions { RateLimiting = false });
        var before = GC.GetTotalAllocatedBytes();

        var error = await Assert.ThrowsAsync<TencentCloudTransportException>(() => client.CreateTCPListenersAsync(Client.EmulatorFixture.Request()));

        Assert.Contains("MaxResponseBytes", error.Message);
        Assert.True(GC.GetTotalAllocatedBytes() - before < 40L * 1024 * 1024, "the reader must stop at the cap, not buffer 50 MB");
    }

    private static string? RequestIdOf(byte[] body)
    {
        try
        {
            return JsonNode.Parse(body)?["Response"]?["RequestId"] is JsonValue v && v.TryGetValue<string>(out var id) ? id : null;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static byte[] Mutate(byte[] body, int at, byte value, int kind)
    {
        at %= body.Length;
        return kind switch
        {
            0 => body[..at],
            1 => [.. body[..at], value, .. body[(at + 1)..]],
            2 => [.. body[..at], value, .. body[at..]],
            _ => [.. body, .. body],
        };
    }

    private static string? Seed =>
        Environment.GetEnvironmentVariable("TCAPI_FUZZ_SEED") is { } seed ? (seed.Length == 0 ? null : seed) : "0N0XIzNsQ0O2";

    private static long Iterations(long ci) =>
        long.TryParse(Environment.GetEnvironmentVariable("TCAPI_FUZZ_ITERATIONS"), out var n) && n > 0 ? n : ci;

    /// <summary>Answers 200 with a body far larger than any response: a chunked stream of spaces, no Content-Length.</summary>
    private sealed class HugeAnswerHandler(int size) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StreamContent(new SpacesStream(size)) });
    }

    private sealed class SpacesStream(long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            buffer.AsSpan(offset, n).Fill((byte)' ');
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
