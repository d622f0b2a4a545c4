using System.Text;
using TcApi.Errors;
using TcApi.Gaap.V20180529;

namespace TcApi.Binding.Tests.Gaap;

public class ResponseTests
{
    [Fact]
    public void An_error_becomes_a_typed_exception_with_raw_and_typed_codes()
    {
        var json = """{"Response":{"Error":{"Code":"InvalidParameterValue.DuplicatedListenerPort","Message":"Listener port already exists."},"RequestId":"req-1"}}"""u8.ToArray();

        var exception = Assert.Throws<GaapApiException>(() => CreateTCPListenersResponse.Read(json));

        Assert.Equal("CreateTCPListeners", exception.Action);
        Assert.Equal("InvalidParameterValue.DuplicatedListenerPort", exception.RawCode);
        Assert.Equal(GaapErrorCode.InvalidParameterValueDuplicatedListenerPort, exception.ErrorCode);
        Assert.Null(exception.CommonCode);
        Assert.Equal("req-1", exception.RequestId);
        Assert.Equal("Listener port already exists.", exception.ServerMessage);
    }

    [Fact]
    public void A_common_code_is_typed_as_common_and_service_code_when_both_lists_hold_it()
    {
        var exception = Assert.Throws<GaapApiException>(() => CreateTCPListenersResponse.Read(
            """{"Response":{"RequestId":"r","Error":{"Code":"InternalError","Message":"x"}}}"""u8));

        Assert.Equal(CommonErrorCode.InternalError, exception.CommonCode);
        Assert.Equal(GaapErrorCode.InternalError, exception.ErrorCode);
    }

    [Fact]
    public void An_unknown_code_is_kept_raw()
    {
        var exception = Assert.Throws<GaapApiException>(() => CreateTCPListenersResponse.Read(
            """{"Response":{"Error":{"Code":"FailedOperation.Brand.New","Message":"?"},"RequestId":"r"}}"""u8));

        Assert.Equal("FailedOperation.Brand.New", exception.RawCode);
        Assert.Null(exception.ErrorCode);
        Assert.Null(exception.CommonCode);
    }

    [Fact]
    public void Unknown_members_are_ignored_and_member_order_does_not_matter()
    {
        var response = CreateTCPListenersResponse.Read(
            """{"Extra":1,"Response":{"New":{"a":[1,2]},"ListenerIds":["l-1","l-2"],"RequestId":"r"}}"""u8);

        Assert.Equal(["l-1", "l-2"], response.ListenerIds);
    }

    [Theory]
    [InlineData("""{"Response":{"RequestId":"r"}}""")]
    [InlineData("""{"Response":{"ListenerIds":null,"RequestId":null}}""")]
    [InlineData("""{"Response":{}}""")]
    public void A_missing_or_null_member_holds_its_default_and_never_fails_the_read(string body)
    {
        // Tencent's metadata does not reliably say which output members may be null: a response stays readable.
        var response = CreateTCPListenersResponse.Read(Encoding.UTF8.GetBytes(body));

        Assert.Empty(response.ListenerIds);
        Assert.Equal(body.Contains("\"r\"") ? "r" : string.Empty, response.RequestId);
    }

    [Theory]
    [InlineData("", "", "the body is empty")]
    [InlineData("<html><body>502 Bad Gateway</body></html>", "", "invalid JSON")]
    [InlineData("""{"Response":{"ListenerIds":["l-1"],"RequestId":"r""", "", "invalid JSON")]
    [InlineData("""{"Other":{}}""", "/Response", "no Response object")]
    [InlineData("""{"Response":[]}""", "/Response", "expected an object")]
    [InlineData("""{"Response":{"ListenerIds":"l-1","RequestId":"r"}}""", "/Response/ListenerIds", "expected an array")]
    [InlineData("""{"Response":{"ListenerIds":[1],"RequestId":"r"}}""", "/Response/ListenerIds/0", "expected a string")]
    [InlineData("""{"Response":{"Error":{"Message":"no code"},"RequestId":"r"}}""", "/Response/Error/Code", "no code")]
    [InlineData("""{"Response":{"ListenerIds":[],"RequestId":"r"}} trailing""", "", "invalid JSON")]
    public void Unreadable_responses_name_the_place(string body, string path, string reason)
    {
        var exception = Assert.Throws<ResponseFormatException>(() => CreateTCPListenersResponse.Read(Encoding.UTF8.GetBytes(body)));

        Assert.Equal(path, exception.Path);
        Assert.Contains(reason, exception.Reason);
        Assert.Equal("CreateTCPListeners", exception.Action);
    }

    [Fact]
    public void A_format_error_after_the_request_id_carries_it()
    {
        var exception = Assert.Throws<ResponseFormatException>(() => CreateTCPListenersResponse.Read(
            """{"Response":{"RequestId":"req-9","ListenerIds":{}}}"""u8));

        Assert.Equal("req-9", exception.RequestId);
        Assert.Contains("RequestId req-9", exception.Message);
    }

    [Theory]
    [InlineData("""{"Response":{"ListenerIds":{},"RequestId":"req-9"}}""")]
    [InlineData("""{"Response":{"ListenerIds":[1],"Nested":{"RequestId":"not-this"},"RequestId":"req-9"}}""")]
    [InlineData("""{"Response":{"ListenerIds":[1,,2],"RequestId":"req-9"}}""")]
    [InlineData("""{"Response":{"ListenerIds":["l-1"],"RequestId":"req-9","Other":[}""")]
    [InlineData("{\"Response\":{\"RequestId\":\"req-9\",\"ListenerIds\":")]
    public void A_format_error_carries_the_request_id_wherever_the_bad_value_is(string body)
    {
        // The typed read stops at the bad value; the RequestId is read from the envelope all the same, so a create
        // whose answer has one malformed member can still be traced with Tencent Cloud support.
        var exception = Assert.Throws<ResponseFormatException>(() => CreateTCPListenersResponse.Read(Encoding.UTF8.GetBytes(body)));

        Assert.Equal("req-9", exception.RequestId);
        Assert.Contains("RequestId req-9", exception.Message);
    }

    [Fact]
    public void A_format_error_keeps_the_body_as_it_came_so_the_result_can_still_be_read()
    {
        // The listener was created; one malformed member must not lose its id.
        var body = """{"Response":{"ListenerIds":["listener-new",7],"RequestId":"req-9"}}"""u8.ToArray();

        var exception = Assert.Throws<ResponseFormatException>(() => CreateTCPListenersResponse.Read(body));

        Assert.Equal(body, exception.RawBody.ToArray());
        Assert.Equal(body.Length, exception.BodyLength);
        Assert.Contains("listener-new", Encoding.UTF8.GetString(exception.RawBody.Span));
        Assert.Equal("/Response/ListenerIds/1", exception.Path);
        Assert.DoesNotContain("the body begins", exception.Message);
    }

    [Fact]
    public void The_body_kept_is_bounded_to_its_first_64_KiB()
    {
        var body = Encoding.UTF8.GetBytes("{\"Response\":{\"ListenerIds\":[" + string.Join(",", Enumerable.Repeat("\"listener\"", 10_000)) + ",1],\"RequestId\":\"req-9\"}}");

        var exception = Assert.Throws<ResponseFormatException>(() => CreateTCPListenersResponse.Read(body));

        Assert.Equal(64 * 1024, ResponseFormatException.MaxRawBodyBytes);
        Assert.Equal(body.AsSpan(0, ResponseFormatException.MaxRawBodyBytes).ToArray(), exception.RawBody.ToArray());
        Assert.Equal(body.Length, exception.BodyLength);
        Assert.Equal("req-9", exception.RequestId);
    }

    [Fact]
    public void A_document_that_is_not_json_shows_its_first_characters()
    {
        var exception = Assert.Throws<ResponseFormatException>(() => CreateTCPListenersResponse.Read("<html><body>502 Bad Gateway</body></html>"u8));

        Assert.Null(exception.RequestId);
        Assert.StartsWith("invalid JSON", exception.Reason);
        Assert.EndsWith("; the body begins: <html><body>502 Bad Gateway</body></html>", exception.Message);
    }

    [Fact]
    public void Invalid_utf8_is_a_format_error()
    {
        byte[] body = [.. "{\"Response\":{\"RequestId\":\""u8, 0xC3, 0x28, .. "\",\"ListenerIds\":[]}}"u8];

        Assert.Throws<ResponseFormatException>(() => CreateTCPListenersResponse.Read(body));
    }
}
