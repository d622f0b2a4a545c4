using TcApi.Gaap.V20180529;

namespace TcApi.Binding.Tests.Gaap;

/// <summary>For every single-field constraint: the boundary values pass, the nearest values outside fail.</summary>
public class SingleFieldRuleTests
{
    public static TheoryData<string, int, bool> IntegerBoundaries() => new()
    {
        { "DelayLoop", 5, true }, { "DelayLoop", 300, true }, { "DelayLoop", 4, false }, { "DelayLoop", 301, false },
        { "ConnectTimeout", 2, true }, { "ConnectTimeout", 60, true }, { "ConnectTimeout", 1, false }, { "ConnectTimeout", 61, false },
        { "HealthyThreshold", 1, true }, { "HealthyThreshold", 10, true }, { "HealthyThreshold", 0, false }, { "HealthyThreshold", 11, false },
        { "UnhealthyThreshold", 1, true }, { "UnhealthyThreshold", 10, true }, { "UnhealthyThreshold", 0, false }, { "UnhealthyThreshold", 11, false },
    };

    [Theory]
    [MemberData(nameof(IntegerBoundaries))]
    public void Integer_ranges_accept_their_bounds_and_reject_the_next_value(string member, int value, bool valid)
    {
        // The other side of ConnectTimeout < DelayLoop is chosen so that only the range rule can fail.
        var request = member switch
        {
            "DelayLoop" => GaapRequests.Valid() with { DelayLoop = value, ConnectTimeout = 2 },
            "ConnectTimeout" => GaapRequests.Valid() with { ConnectTimeout = value, DelayLoop = 300 },
            "HealthyThreshold" => GaapRequests.Valid() with { HealthyThreshold = value },
            _ => GaapRequests.Valid() with { UnhealthyThreshold = value },
        };
        var violations = request.Validate().Violations;

        if (valid)
        {
            Assert.Empty(violations);
        }
        else
        {
            var violation = Assert.Single(violations);
            Assert.Equal($"CreateTCPListeners.{member}.range", violation.RuleId);
            Assert.Equal("/" + member, violation.Path);
            Assert.Contains($"(was {value})", violation.Message);
            Assert.Equal("InvalidParameterValue", violation.ErrorCode);
        }
    }

    [Fact]
    public void DelayLoop_message_names_the_bounds_and_the_value()
    {
        var violation = Assert.Single((GaapRequests.Valid() with { DelayLoop = 400 }).Validate().Violations);

        Assert.Equal("DelayLoop must be between 5 and 300 (was 400)", violation.Message);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(65535, true)]
    [InlineData(0, false)]
    [InlineData(65536, false)]
    public void Ports_must_be_TCP_ports(int port, bool valid)
    {
        var request = GaapRequests.Valid() with { Ports = [80, port] };

        if (valid)
        {
            Assert.Empty(request.RuleIds());
        }
        else
        {
            var violation = Assert.Single(request.Validate().Violations);
            Assert.Equal("CreateTCPListeners.Ports.range", violation.RuleId);
            Assert.Equal("/Ports/1", violation.Path);
            Assert.Equal("InvalidParameterValue.InvalidListenerPort", violation.ErrorCode);
        }
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(65535, true)]
    [InlineData(0, false)]
    [InlineData(65536, false)]
    public void Real_server_ports_must_be_TCP_ports(int port, bool valid)
    {
        var ids = (GaapRequests.Valid() with { RealServerPorts = [port] }).RuleIds();

        Assert.Equal(valid ? [] : ["CreateTCPListeners.RealServerPorts.range"], ids);
    }

    [Fact]
    public void No_port_is_reported()
    {
        var violation = Assert.Single((GaapRequests.Valid() with { Ports = [] }).Validate().Violations);

        Assert.Equal("CreateTCPListeners.Ports.notEmpty", violation.RuleId);
        Assert.Equal("Ports must list at least 1 port (has 0)", violation.Message);
    }

    [Fact]
    public void A_duplicate_port_is_reported_at_its_second_copy_with_the_first_as_related()
    {
        var violation = Assert.Single((GaapRequests.Valid() with { Ports = [90, 91, 90] }).Validate().Violations);

        Assert.Equal("CreateTCPListeners.Ports.unique", violation.RuleId);
        Assert.Equal("/Ports/2", violation.Path);
        Assert.Equal(["/Ports/0"], violation.RelatedPaths);
        Assert.Equal("InvalidParameterValue.DuplicatedListenerPort", violation.ErrorCode);
        Assert.Equal("Ports lists port 90 twice (items 0 and 2)", violation.Message);
    }

    [Fact]
    public void Port_zero_twice_breaks_both_range_and_uniqueness_in_spec_order()
    {
        Assert.Equal(
            ["CreateTCPListeners.Ports.range", "CreateTCPListeners.Ports.range", "CreateTCPListeners.Ports.unique"],
            (GaapRequests.Valid() with { Ports = [0, 0] }).RuleIds());
    }

    [Fact]
    public void Undefined_enum_values_are_reported()
    {
        var request = GaapRequests.Valid() with { Scheduler = (Scheduler)9, ClientIPMethod = (ClientIPMethod)7, RealServerType = default };

        Assert.Equal(
            ["CreateTCPListeners.Scheduler.enum", "CreateTCPListeners.RealServerType.enum", "CreateTCPListeners.ClientIPMethod.enum"],
            request.RuleIds());
        Assert.Equal("Scheduler must be one of rr, wrr, lc, lrtt (was 9)", request.Validate().Violations[0].Message);
    }

    [Fact]
    public void Required_references_set_to_null_are_reported()
    {
        var request = GaapRequests.Valid() with { ListenerName = null!, Ports = null! };

        var violations = request.Validate().Violations;

        Assert.Equal(["CreateTCPListeners.ListenerName.required", "CreateTCPListeners.Ports.required"], violations.Select(v => v.RuleId));
        Assert.All(violations, v => Assert.Equal("MissingParameter", v.ErrorCode));
    }
}
