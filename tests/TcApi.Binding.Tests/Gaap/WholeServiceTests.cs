using System.Reflection;
using TcApi.Gaap.V20180529;

namespace TcApi.Binding.Tests.Gaap;

/// <summary>The whole GAAP 2018-05-29 service is bound from Tencent's metadata: every action, code and client method.</summary>
public class WholeServiceTests
{
    [Fact]
    public void All_102_actions_are_bound_with_a_request_a_response_and_a_client_method()
    {
        var methods = typeof(GaapClient).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal) && m.GetParameters().FirstOrDefault()?.ParameterType.Name.EndsWith("Request", StringComparison.Ordinal) == true)
            .Select(m => m.Name[..^"Async".Length])
            .ToList();
        var pagers = methods.Where(m => m.EndsWith("Pages", StringComparison.Ordinal) || m.EndsWith("Items", StringComparison.Ordinal)).ToList();
        var waiters = methods.Where(m => m.StartsWith("WaitUntil", StringComparison.Ordinal)).ToList();

        Assert.Equal(102, GaapActions.All.Count);
        Assert.Equal(GaapActions.All.Select(a => a.Info.Action).Order(), methods.Except(pagers).Except(waiters).Order());
        Assert.Equal(18, pagers.Count);
        Assert.Equal(["WaitUntilProxiesRunning", "WaitUntilTCPListenersRunning"], waiters.Order());
        Assert.All(GaapActions.All, a => Assert.Equal(a.Info.Action + "Request", a.RequestType.Name));
    }

    [Fact]
    public void Every_error_code_of_the_service_is_typed()
    {
        Assert.Equal(88, Enum.GetValues<GaapErrorCode>().Length);
        Assert.All(Enum.GetValues<GaapErrorCode>(), code => Assert.True(GaapErrorCodes.TryParse(code.ToWireString(), out var back) && back == code));
    }

    [Fact]
    public void Each_action_lists_the_codes_its_documentation_lists()
    {
        Assert.Equal(24, CreateTCPListenersRequest.DocumentedErrorCodes.Count);
        Assert.Contains(GaapErrorCode.InvalidParameterValueDuplicatedListenerPort, CreateTCPListenersRequest.DocumentedErrorCodes);
        Assert.NotEmpty(DescribeTCPListenersRequest.DocumentedErrorCodes);
    }

    [Fact]
    public void Actions_that_only_read_are_idempotent_by_inference_and_the_rest_are_not()
    {
        Assert.True(DescribeTCPListenersRequest.IsIdempotent);
        Assert.True(CheckProxyCreateRequest.IsIdempotent);
        Assert.False(DeleteListenersRequest.IsIdempotent);
        Assert.False(CreateTCPListenersRequest.IsIdempotent);
        Assert.Null(DescribeTCPListenersRequest.ActionInfo.RateLimitPerSecond);
        Assert.Equal(20, CreateTCPListenersRequest.ActionInfo.RateLimitPerSecond);
    }

    [Fact]
    public void Nested_objects_of_the_service_are_records_with_required_members()
    {
        var bind = new BindListenerRealServersRequest
        {
            ListenerId = "listener-1",
            RealServerBindSet = [new RealServerBindSetReq { RealServerId = "rs-1", RealServerIP = "10.0.0.1", RealServerPort = 80, RealServerWeight = 5 }],
        };

        Assert.True(bind.Validate().IsValid);
        Assert.Equal(bind, BindListenerRealServersRequest.ReadFrom(bind.ToJsonUtf8()));
    }

    [Fact]
    public void The_client_knows_the_service_endpoints()
    {
        Assert.Equal("gaap.tencentcloudapi.com", GaapClient.DefaultEndpoint);
        Assert.Equal("gaap.{region}.tencentcloudapi.com", GaapClient.RegionalEndpoint);
        Assert.Equal("gaap.intl.tencentcloudapi.com", GaapClient.InternationalEndpoint);
    }
}
