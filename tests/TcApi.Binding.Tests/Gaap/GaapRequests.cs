using TcApi.Gaap.V20180529;

namespace TcApi.Binding.Tests.Gaap;

/// <summary>Requests the tests start from and vary with <c>with</c>.</summary>
internal static class GaapRequests
{
    /// <summary>The seed's example with a valid health-check timing: every rule holds.</summary>
    public static CreateTCPListenersRequest Valid() => new()
    {
        ListenerName = "test1",
        Ports = [90],
        Scheduler = Scheduler.RoundRobin,
        HealthCheck = true,
        RealServerType = RealServerType.Ip,
        ProxyId = "link-bjkpdum1",
        DelayLoop = 20,
        ConnectTimeout = 10,
    };

    public static IReadOnlyList<string> RuleIds(this CreateTCPListenersRequest request) =>
        request.Validate().Violations.Select(v => v.RuleId).ToList();
}
