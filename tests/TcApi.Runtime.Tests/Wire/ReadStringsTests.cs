using System.Text;
using System.Text.Json;
using TcApi.Errors;
using TcApi.Wire;

namespace TcApi.Runtime.Tests.Wire;

/// <summary>
/// A response read shares one string among the items that hold the same short value (issue 23, large answers), and
/// never returns a wrong one: escapes, non-ASCII, long values and values that share a table slot are read exactly, and
/// nothing is kept once the read ends.
/// </summary>
public class ReadStringsTests
{
    [Fact]
    public void A_short_value_repeated_across_items_is_one_string()
    {
        var read = Read("""{"Items":["RUNNING","CLOUD_SSD","RUNNING","CLOUD_SSD"],"Name":"RUNNING"}""");

        Assert.Equal(["RUNNING", "CLOUD_SSD", "RUNNING", "CLOUD_SSD"], read.Items);
        Assert.Same(read.Items[0], read.Items[2]);
        Assert.Same(read.Items[1], read.Items[3]);
        Assert.Same(read.Items[0], read.Name);
    }

    [Fact]
    public void Escaped_and_non_ASCII_values_are_read_exactly()
    {
        var read = Read("""{"Items":["RUN\u004EING","RUNNING","a\"b","a\"b","\u00e9t\u00e9","été","été","\ud83d\ude00","😀",""]}""");

        Assert.Equal(["RUNNING", "RUNNING", "a\"b", "a\"b", "été", "été", "été", "😀", "😀", ""], read.Items);
    }

    [Fact]
    public void A_value_longer_than_the_kept_length_is_read_exactly_and_not_kept()
    {
        var longValue = new string('x', ReadStrings.MaxBytes) + "-tail";
        var read = Read($$"""{"Items":["{{longValue}}","{{longValue}}"]}""");

        Assert.Equal([longValue, longValue], read.Items);
        Assert.NotSame(read.Items[0], read.Items[1]);
    }

    [Fact]
    public void Values_that_share_a_slot_take_turns_and_are_read_exactly()
    {
        // Same length, same first and last eight bytes: the same slot whatever the table's size.
        string[] values = ["zone-ap-1-guangzhou", "zone-ap-2-guangzhou", "zone-ap-3-guangzhou"];
        string[] sequence = [values[0], values[1], values[0], values[2], values[1], values[1], values[0]];

        var read = Read("{\"Items\":[" + string.Join(",", sequence.Select(v => "\"" + v + "\"")) + "]}");

        Assert.Equal(sequence, read.Items);
        Assert.Same(read.Items[4], read.Items[5]);
    }

    [Fact]
    public void More_distinct_values_than_the_table_holds_are_all_read_exactly()
    {
        var values = Enumerable.Range(0, ReadStrings.Slots * 4).Select(i => "v-" + i.ToString("x5")).ToList();
        var twice = values.Concat(values).ToList();

        var read = Read("{\"Items\":[" + string.Join(",", twice.Select(v => "\"" + v + "\"")) + "]}");

        Assert.Equal(twice, read.Items);
        Assert.Equal(0, ReadStrings.HeldOnThisThread);
    }

    [Fact]
    public void Strings_are_not_kept_from_one_read_to_the_next()
    {
        var first = Read("""{"Items":["RUNNING"]}""");
        Assert.Equal(0, ReadStrings.HeldOnThisThread);
        var second = Read("""{"Items":["RUNNING"]}""");

        Assert.Equal("RUNNING", second.Items[0]);
        Assert.NotSame(first.Items[0], second.Items[0]);
    }

    [Fact]
    public void A_read_that_fails_keeps_nothing_and_the_next_read_is_exact()
    {
        // The second item is a number where strings are documented: a strict read fails after keeping "RUNNING".
        Assert.Throws<ResponseFormatException>(() => Read("""{"Items":["RUNNING",7]}"""));
        Assert.Equal(0, ReadStrings.HeldOnThisThread);

        var next = Read("""{"Items":["RUNNING","STOPPED"]}""");
        Assert.Equal(["RUNNING", "STOPPED"], next.Items);
    }

    [Fact]
    public void Invalid_UTF_8_in_a_short_value_is_still_an_error()
    {
        var body = Encoding.UTF8.GetBytes("""{"Response":{"Items":["abc","abX"]}}""");
        body[Array.LastIndexOf(body, (byte)'X')] = 0xFF;

        var error = Assert.Throws<ResponseFormatException>(() => StringsResponse.Read(body));

        Assert.Contains("unreadable text", error.Message);
    }

    [Fact]
    public void Outside_a_response_read_nothing_is_kept()
    {
        var reader = new Utf8JsonReader("""["RUNNING","RUNNING"]"""u8);
        reader.Read();

        var items = WireReader.ListValue(ref reader, WireReadMode.Response, WireReader.StringValue);

        Assert.Equal(["RUNNING", "RUNNING"], items);
        Assert.NotSame(items[0], items[1]);
        Assert.Equal(0, ReadStrings.HeldOnThisThread);
    }

    private static StringsResponse Read(string response) =>
        StringsResponse.Read(Encoding.UTF8.GetBytes("{\"Response\":" + response + "}"));

    /// <summary>A response read the way a generated one is, through the runtime's readers: a list of strings and one string.</summary>
    private sealed record StringsResponse(IReadOnlyList<string> Items, string? Name, string RequestId) : IApiResponse
    {
        public static StringsResponse Read(ReadOnlySpan<byte> utf8Json) =>
            WireReader.ReadResponse(utf8Json, "Strings", ReadBody, (error, requestId) => new TencentCloudApiException("Strings", error, requestId));

        private static StringsResponse ReadBody(ref Utf8JsonReader reader, ref ResponseReadState state)
        {
            IReadOnlyList<string>? items = null;
            string? name = null;
            while (WireReader.NextProperty(ref reader))
            {
                if (state.TryReadEnvelopeMember(ref reader))
                {
                    continue;
                }

                if (reader.ValueTextEquals("Items"u8))
                {
                    items = WireReader.List(ref reader, "Items", WireReadMode.Response, WireReader.StringValue);
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

            return new StringsResponse(items ?? [], name, state.RequestId ?? string.Empty);
        }

        public void WriteTo(Utf8JsonWriter writer) => throw new NotSupportedException();
    }
}
