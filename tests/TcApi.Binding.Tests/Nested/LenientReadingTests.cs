using System.Text;
using TcApi.Errors;
using TcApi.Tests.Nested.V20250101;
using TcApi.Wire;

namespace TcApi.Binding.Tests.Nested;

/// <summary>Answers whose values contradict their documented types, read as clients read them (leniently) and strictly.</summary>
public class LenientReadingTests
{
    private static DescribeTreeResponse Lenient(string json) =>
        ResponseReading.Leniently(DescribeTreeResponse.Read, Encoding.UTF8.GetBytes(json));

    private static ResponseFormatException Strict(string json) =>
        Assert.Throws<ResponseFormatException>(() => DescribeTreeResponse.Read(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void A_valid_answer_reads_the_same_and_lists_nothing()
    {
        const string json = """{"Response":{"Root":{"Name":"r","Children":[{"Name":"a"}]},"Count":3,"RequestId":"q"}}""";

        var lenient = Lenient(json);

        Assert.Equal(DescribeTreeResponse.Read(Encoding.UTF8.GetBytes(json)), lenient);
        Assert.Empty(lenient.LenientReads);
    }

    [Fact]
    public void A_number_where_a_string_is_documented_is_its_text()
    {
        const string json = """{"Response":{"Root":{"Name":2385736},"RequestId":"q"}}""";

        var response = Lenient(json);

        Assert.Equal("2385736", response.Root!.Name);
        var read = Assert.Single(response.LenientReads);
        Assert.Equal(("/Response/Root/Name", "2385736", "a string", LenientReadOutcome.Converted), (read.Path, read.RawJson, read.Expected, read.Outcome));
        Assert.Equal("/Response/Root/Name", Strict(json).Path);
    }

    [Theory]
    [InlineData("\"True\"", true)]
    [InlineData("\"FALSE\"", false)]
    [InlineData("\" true \"", true)]
    [InlineData("2", true)]
    public void A_bool_written_otherwise_reads_as_Newtonsoft_reads_it(string raw, bool expected)
    {
        var json = $$$"""{"Response":{"Usage":{"Done":{{{raw}}}},"RequestId":"q"}}""";

        var response = Lenient(json);

        Assert.Equal(expected, response.Usage!.Done);
        Assert.Equal(raw, Assert.Single(response.LenientReads).RawJson);
        Strict(json);
    }

    [Theory]
    [InlineData("true", 1)]
    [InlineData("false", 0)]
    [InlineData("\" 12 \"", 12)]
    [InlineData("12.0", 12)]
    public void A_whole_number_written_otherwise_reads_as_Newtonsoft_reads_it(string raw, long expected)
    {
        var json = $$$"""{"Response":{"Count":{{{raw}}},"RequestId":"q"}}""";

        var response = Lenient(json);

        Assert.Equal(expected, response.Count);
        Assert.Equal(LenientReadOutcome.Converted, Assert.Single(response.LenientReads).Outcome);
        Strict(json);
    }

    [Theory]
    [InlineData("Count", "\"\"", "/Response/Count")]
    [InlineData("Usage", "\"\"", "/Response/Usage")]
    [InlineData("Root", "{\"Children\":\"\"}", "/Response/Root/Children")]
    public void An_empty_string_where_a_number_object_or_list_is_documented_is_null(string member, string raw, string path)
    {
        var json = $$$"""{"Response":{"{{{member}}}":{{{raw}}},"RequestId":"q"}}""";

        var response = Lenient(json);

        Assert.Null(response.Count);
        Assert.Null(response.Usage);
        Assert.Null(response.Root?.Children);
        var read = Assert.Single(response.LenientReads);
        Assert.Equal((path, "\"\"", LenientReadOutcome.Omitted), (read.Path, read.RawJson, read.Outcome));
        Assert.Contains("null", read.Held);
        Strict(json);
    }

    [Fact]
    public void One_object_where_a_list_is_documented_is_a_list_of_it()
    {
        const string json = """{"Response":{"Root":{"Name":"r","Children":{"Name":"only"}},"RequestId":"q"}}""";

        var response = Lenient(json);

        Assert.Equal("only", Assert.Single(response.Root!.Children!).Name);
        var read = Assert.Single(response.LenientReads);
        Assert.Equal(("/Response/Root/Children", """{"Name":"only"}""", LenientReadOutcome.WrappedInList), (read.Path, read.RawJson, read.Outcome));
        Assert.Contains("expected an array", Strict(json).Reason);
    }

    [Fact]
    public void A_structure_where_a_string_is_documented_is_its_JSON_text()
    {
        const string json = """{"Response":{"RequestId":"r-1","Root":{"Name":"r","Children":[{"Name":"a"},{"Name":{"x": [1, 2]}}]}}}""";

        var response = Lenient(json);

        Assert.Equal("""{"x": [1, 2]}""", response.Root!.Children![1].Name);
        var read = Assert.Single(response.LenientReads);
        Assert.Equal(("/Response/Root/Children/1/Name", LenientReadOutcome.JsonText), (read.Path, read.Outcome));
        Assert.Equal("r-1", response.RequestId);
    }

    [Fact]
    public void What_the_type_cannot_hold_is_null_or_left_out_with_its_raw_JSON_kept_and_the_rest_read()
    {
        const string json = """{"Response":{"Count":[1,2],"Usage":[{"Pages":1}],"Root":{"Name":"r","Children":["a",{"Name":"b"}],"Depth":"deep"},"RequestId":"q"}}""";

        var response = Lenient(json);

        Assert.Null(response.Count);
        Assert.Null(response.Usage);
        Assert.Equal("b", Assert.Single(response.Root!.Children!).Name);
        Assert.Null(response.Root.Depth);
        Assert.Equal(
            [("/Response/Count", "[1,2]"), ("/Response/Usage", """[{"Pages":1}]"""), ("/Response/Root/Children/0", "\"a\""), ("/Response/Root/Depth", "\"deep\"")],
            response.LenientReads.Select(r => (r.Path, r.RawJson)));
        Assert.All(response.LenientReads, r => Assert.Equal(LenientReadOutcome.Omitted, r.Outcome));
        Assert.Equal("q", response.RequestId);
    }

    [Fact]
    public void List_items_are_converted_one_by_one()
    {
        var response = Lenient("""{"Response":{"Usage":{"Labels":["a",5,true]},"RequestId":"q"}}""");

        Assert.Equal(["a", "5", "true"], response.Usage!.Labels);
        Assert.Equal(["/Response/Usage/Labels/1", "/Response/Usage/Labels/2"], response.LenientReads.Select(r => r.Path));
    }

    [Fact]
    public void Strictly_inside_a_lenient_caller_throws_and_a_direct_read_stays_strict()
    {
        var body = """{"Response":{"Count":"","RequestId":"q"}}"""u8.ToArray();

        var error = Assert.Throws<ResponseFormatException>(() =>
            ResponseReading.Leniently(b => ResponseReading.Strictly(DescribeTreeResponse.Read, b), body));

        Assert.Equal("/Response/Count", error.Path);
        Assert.Null(ResponseReading.Leniently(DescribeTreeResponse.Read, body).Count);
        Assert.Throws<ResponseFormatException>(() => DescribeTreeResponse.Read(body));
    }

    [Fact]
    public void Requests_are_never_read_leniently()
    {
        var error = Assert.Throws<RequestReadException>(() =>
            ResponseReading.Leniently(_ => DescribeTreeRequest.ReadFrom("""{"Root":{"Name":5}}"""u8), ReadOnlySpan<byte>.Empty));

        Assert.Equal("/Root/Name", error.Path);
    }
}
