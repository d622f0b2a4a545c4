using TcApi.Gaap.V20180529;
using TcApi.Validation;

namespace TcApi.Binding.Tests.Gaap;

public class CrossFieldRuleTests
{
    [Fact]
    public void Both_ProxyId_and_GroupId_is_an_error()
    {
        var violation = Assert.Single((GaapRequests.Valid() with { GroupId = "lg-bjkpdum1" }).Validate().Violations);

        Assert.Equal("CreateTCPListeners.ProxyIdOrGroupId", violation.RuleId);
        Assert.Equal("Exactly one of ProxyId, GroupId must be set (found 2)", violation.Message);
        Assert.Equal("/GroupId", violation.Path);
        Assert.Equal(["/ProxyId"], violation.RelatedPaths);
        Assert.Equal(RuleSeverity.Error, violation.Severity);
    }

    [Fact]
    public void Neither_ProxyId_nor_GroupId_is_an_error_at_run_time()
    {
        var result = (GaapRequests.Valid() with { ProxyId = null }).Validate();

        var violation = Assert.Single(result.Violations);
        Assert.Equal("Exactly one of ProxyId, GroupId must be set (found 0)", violation.Message);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void GroupId_alone_is_valid() =>
        Assert.Empty((GaapRequests.Valid() with { ProxyId = null, GroupId = "lg-bjkpdum1" }).RuleIds());

    [Theory]
    [InlineData(19, 20, true)]
    [InlineData(20, 20, false)]
    [InlineData(21, 20, false)]
    public void ConnectTimeout_must_be_less_than_DelayLoop(int connectTimeout, int delayLoop, bool valid)
    {
        var result = (GaapRequests.Valid() with { ConnectTimeout = connectTimeout, DelayLoop = delayLoop }).Validate();

        if (valid)
        {
            Assert.True(result.IsValid);
            return;
        }

        var violation = Assert.Single(result.Violations);
        Assert.Equal("CreateTCPListeners.ConnectTimeoutLessThanDelayLoop", violation.RuleId);
        Assert.Equal($"ConnectTimeout ({connectTimeout}) must be less than DelayLoop ({delayLoop})", violation.Message);
        Assert.Equal("/ConnectTimeout", violation.Path);
        Assert.Equal(["/DelayLoop"], violation.RelatedPaths);
    }

    [Fact]
    public void The_comparison_is_skipped_when_either_side_is_absent()
    {
        Assert.Empty((GaapRequests.Valid() with { ConnectTimeout = 60, DelayLoop = null }).RuleIds());
        Assert.Empty((GaapRequests.Valid() with { ConnectTimeout = null, DelayLoop = 5 }).RuleIds());
    }

    [Fact]
    public void Failover_cannot_be_enabled_for_domain_origin_servers()
    {
        var violation = Assert.Single((GaapRequests.Valid() with { RealServerType = RealServerType.Domain, FailoverSwitch = true }).Validate().Violations);

        Assert.Equal("CreateTCPListeners.NoFailoverForDomain", violation.RuleId);
        Assert.Equal("FailoverSwitch cannot be enabled when RealServerType is DOMAIN", violation.Message);
        Assert.Equal("/FailoverSwitch", violation.Path);
        Assert.Equal(["/RealServerType"], violation.RelatedPaths);
    }

    [Theory]
    [InlineData(RealServerType.Domain, false)]
    [InlineData(RealServerType.Domain, null)]
    [InlineData(RealServerType.Ip, true)]
    public void Failover_rule_holds_otherwise(RealServerType type, bool? failover) =>
        Assert.Empty((GaapRequests.Valid() with { RealServerType = type, FailoverSwitch = failover }).RuleIds());

    [Fact]
    public void Every_violation_is_collected_in_spec_order_and_EnsureValid_lists_them()
    {
        var request = GaapRequests.Valid() with { Ports = [0], DelayLoop = 400, GroupId = "lg-1", RealServerType = RealServerType.Domain, FailoverSwitch = true };

        Assert.Equal(
            [
                "CreateTCPListeners.Ports.range", "CreateTCPListeners.DelayLoop.range", "CreateTCPListeners.ProxyIdOrGroupId",
                "CreateTCPListeners.NoFailoverForDomain",
            ],
            request.RuleIds());
        var exception = Assert.Throws<RequestValidationException>(request.EnsureValid);
        Assert.Equal("CreateTCPListeners", exception.Action);
        Assert.Equal(4, exception.Violations.Count);
        Assert.Contains("DelayLoop must be between 5 and 300 (was 400) [CreateTCPListeners.DelayLoop.range]", exception.Message);
    }

    [Fact]
    public void A_valid_request_passes_EnsureValid() => GaapRequests.Valid().EnsureValid();
}
