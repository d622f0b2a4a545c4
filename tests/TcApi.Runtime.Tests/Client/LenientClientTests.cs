using System.Text.Json;
using TcApi.Client;
using TcApi.Credentials;
using TcApi.Errors;
using TcApi.Runtime.Tests.Support;
using TcApi.Wire;

namespace TcApi.Runtime.Tests.Client;

/// <summary>A client reads an answer whose value contradicts its documented type leniently, or strictly when asked.</summary>
public class LenientClientTests
{
    private const string Answer = "{\"Count\":\"\",\"Name\":2385736,\"RequestId\":\"r-1\"}";

    [Fact]
    public async Task A_client_reads_a_contradicting_value_leniently_and_lists_it()
    {
        var handler = new FakeHandler().Enqueue(_ => FakeHandler.Envelope(Answer));

        var response = await Call(handler, new TencentCloudClientOptions());

        Assert.Equal((null, "2385736", "r-1"), (response.Count, response.Name, response.RequestId));
        Assert.Equal(
            [("/Response/Count", "\"\"", LenientReadOutcome.Omitted), ("/Response/Name", "2385736", LenientReadOutcome.Converted)],
            response.LenientReads.Select(r => (r.Path, r.RawJson, r.Outcome)));
    }

    [Fact]
    public async Task StrictResponseReading_makes_it_a_format_error_that_is_not_retried()
    {
        var handler = new FakeHandler().Enqueue(_ => FakeHandler.Envelope(Answer)).Enqueue(_ => FakeHandler.Envelope(Answer));
        var options = new TencentCloudClientOptions { StrictResponseReading = true };
        options.Retry.MaxAttempts = 3;

        var error = await Assert.ThrowsAsync<ResponseFormatException>(() => Call(handler, options));

        Assert.Equal(("/Response/Count", "r-1"), (error.Path, error.RequestId));
        Assert.Single(handler.Requests);
    }

    private static Task<CountResponse> Call(FakeHandler handler, TencentCloudClientOptions options) =>
        new TencentCloudClient(new HttpClient(handler), AnonymousCredentialProvider.Instance, options, PingClient.DefaultEndpoint)
            .SendAsync(new PingRequest(), new ApiActionInfo("ping", "2024-01-01", "Count", true, null), CountResponse.Read);

    /// <summary>A response read the way a generated one is: through the runtime's member readers.</summary>
    private sealed record CountResponse(long? Count, string? Name, string RequestId, IReadOnlyList<LenientRead> LenientReads) : IApiResponse
    {
        public static CountResponse Read(ReadOnlySpan<byte> utf8Json) =>
            WireReader.ReadResponse(utf8Json, "Count", ReadBody, (error, requestId) => new TencentCloudApiException("Count", error, requestId));

        private static CountResponse ReadBody(ref Utf8JsonReader reader, ref ResponseReadState state)
        {
            long? count = null;
            string? name = null;
            while (WireReader.NextProperty(ref reader))
            {
                if (state.TryReadEnvelopeMember(ref reader))
                {
                    continue;
                }

                if (reader.ValueTextEquals("Count"u8))
                {
                    count = WireReader.Int64(ref reader, "Count");
                }
                else if (reader.ValueTextEquals("Name"u8))
                {
                    name = WireReader.String(ref reader, "Name");
                }
                else
                {
                    WireReader.SkipValue(ref reader);
                }
            }

            return new CountResponse(count, name, state.RequestId ?? string.Empty, state.LenientReads);
        }

        public void WriteTo(Utf8JsonWriter writer) => throw new NotSupportedException();
    }
}
