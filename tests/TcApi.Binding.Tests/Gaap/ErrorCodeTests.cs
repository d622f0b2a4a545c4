using TcApi.Gaap.V20180529;

namespace TcApi.Binding.Tests.Gaap;

public class ErrorCodeTests
{
    [Fact]
    public void Every_code_of_the_seed_is_documented_for_the_action_with_its_description()
    {
        Assert.Equal(24, CreateTCPListenersRequest.DocumentedErrorCodes.Count);
        Assert.Equal("Listener port already exists.", GaapErrorCode.InvalidParameterValueDuplicatedListenerPort.GetDescription());
        Assert.Equal("FailedOperation.LimitNumofListener", GaapErrorCode.FailedOperationLimitNumofListener.ToWireString());
    }

    [Fact]
    public void Every_code_round_trips_through_its_wire_string()
    {
        foreach (var code in Enum.GetValues<GaapErrorCode>())
        {
            Assert.True(GaapErrorCodes.TryParse(code.ToWireString(), out var parsed));
            Assert.Equal(code, parsed);
            Assert.NotEmpty(code.GetDescription());
        }
    }

    [Fact]
    public void Unknown_strings_do_not_parse() => Assert.False(GaapErrorCodes.TryParse("authfailure", out _));

    [Fact]
    public void Action_metadata_comes_from_the_spec()
    {
        Assert.Equal("CreateTCPListeners", CreateTCPListenersRequest.ActionName);
        Assert.Equal("gaap", CreateTCPListenersRequest.ServiceName);
        Assert.Equal("2018-05-29", CreateTCPListenersRequest.ApiVersion);
        Assert.Equal("gaap.tencentcloudapi.com", CreateTCPListenersRequest.Endpoint);
        Assert.Equal(20, CreateTCPListenersRequest.RateLimitPerSecond);
        Assert.False(CreateTCPListenersRequest.IsIdempotent);
    }
}
