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

    [Fact]
    public void Invalid_utf8_is_a_format_error()
    {
        byte[] body = [.. "{\"Response\":{\"RequestId\":\""u8, 0xC3, 0x28, .. "\",\"ListenerIds\":[]}}"u8];

        Assert.Throws<ResponseFormatException>(() => CreateTCPListenersResponse.Read(body));
    }
}
