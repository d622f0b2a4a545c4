using System.Text;
using System.Text.Json;
using TcApi.Client.Pipeline;
using TcApi.Runtime.Tests.Support;

namespace TcApi.Runtime.Tests.Client;

/// <summary>The request body is written with a writer kept per thread: a call allocates the body and nothing else.</summary>
public class RequestBodyWriterTests
{
    private static readonly JsonWriterOptions Options = new() { SkipValidation = true };

    [Fact]
    public void A_body_written_on_a_warm_thread_allocates_only_the_body()
    {
        var request = new PingRequest("hello");
        RequestBodyWriter.Write(request, Options);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var body = RequestBodyWriter.Write(request, Options);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal("{\"Message\":\"hello\"}", Encoding.UTF8.GetString(body));
        // A byte array's header and length on 64 bits: 24 bytes, rounded up to 8. A new writer alone is over 100.
        Assert.True(allocated <= 24 + ((body.Length + 7) / 8 * 8), $"writing a {body.Length}-byte body allocated {allocated} bytes");
    }

    [Fact]
    public void Each_body_is_whole_after_a_larger_one_and_after_a_request_that_failed_to_write()
    {
        var large = RequestBodyWriter.Write(new PingRequest(new string('x', 40_000)), Options);
        Assert.Throws<InvalidOperationException>(() => RequestBodyWriter.Write(new FailingRequest(), Options));
        var small = RequestBodyWriter.Write(new PingRequest("b"), Options);

        Assert.Equal(40_000 + "{\"Message\":\"\"}".Length, large.Length);
        Assert.Equal("{\"Message\":\"b\"}", Encoding.UTF8.GetString(small));
    }

    private sealed class FailingRequest : TcApi.Wire.IApiRequest
    {
        public TcApi.Validation.ValidationResult Validate() => TcApi.Validation.ValidationResult.Valid;

        public void WriteTo(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteString("Half", "written");
            throw new InvalidOperationException("a writer that fails half way");
        }
    }
}
