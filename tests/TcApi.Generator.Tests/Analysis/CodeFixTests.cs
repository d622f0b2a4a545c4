using TcApi.CodeFixes;

namespace TcApi.Generator.Tests.Analysis;

public class CodeFixTests
{
    private const string Valid = """ListenerName = "a", Ports = [90], Scheduler = Scheduler.RoundRobin, HealthCheck = true, RealServerType = RealServerType.Ip""";

    private static string Method(string body) => $$"""
        class C
        {
            void M()
            {
                {{body}}
            }
        }
        """;

    [Fact]
    public Task Clamp_a_value_to_its_upper_bound() =>
        Verify.CodeFix<ClampToBoundCodeFix>(
            Method($"var r = new CreateTCPListenersRequest {{ {Valid}, ProxyId = \"p\", DelayLoop = {{|#0:400|}} }};"),
            Method($"var r = new CreateTCPListenersRequest {{ {Valid}, ProxyId = \"p\", DelayLoop = 300 }};"),
            0,
            [Verify.Diagnostic("TCAPI1001").WithLocation(0).WithArguments("DelayLoop must be between 5 and 300 (was 400)", "CreateTCPListeners.DelayLoop.range")]);

    [Fact]
    public Task Clamp_a_list_item_to_its_lower_bound() =>
        Verify.CodeFix<ClampToBoundCodeFix>(
            Method($"var r = new CreateTCPListenersRequest {{ {Valid.Replace("Ports = [90]", "Ports = [{|#0:0|}, 90]")}, ProxyId = \"p\" }};"),
            Method($"var r = new CreateTCPListenersRequest {{ {Valid.Replace("Ports = [90]", "Ports = [1, 90]")}, ProxyId = \"p\" }};"),
            0,
            [Verify.Diagnostic("TCAPI1001").WithLocation(0).WithArguments("Ports item 0 must be a port between 1 and 65535 (was 0)", "CreateTCPListeners.Ports.range")]);

    [Fact]
    public Task Remove_a_duplicate_list_item() =>
        Verify.CodeFix<RemoveDuplicateItemCodeFix>(
            Method($"var r = new CreateTCPListenersRequest {{ {Valid.Replace("Ports = [90]", "Ports = [{|#1:90|}, 91, {|#0:90|}]")}, ProxyId = \"p\" }};"),
            Method($"var r = new CreateTCPListenersRequest {{ {Valid.Replace("Ports = [90]", "Ports = [90, 91]")}, ProxyId = \"p\" }};"),
            0,
            [Verify.Diagnostic("TCAPI1006").WithLocation(0).WithLocation(1).WithArguments("Ports lists port 90 twice (items 0 and 2)", "CreateTCPListeners.Ports.unique")]);

    [Theory]
    [InlineData(0, "GroupId = \"g\"")]
    [InlineData(1, "ProxyId = \"p\"")]
    public Task Remove_ProxyId_or_remove_GroupId(int fix, string kept) =>
        Verify.CodeFix<RemoveMemberCodeFix>(
            Method($"var r = new CreateTCPListenersRequest {{ {Valid}, {{|#1:ProxyId = \"p\"|}}, {{|#0:GroupId = \"g\"|}} }};"),
            Method($"var r = new CreateTCPListenersRequest {{ {Valid}, {kept} }};"),
            fix,
            [Verify.Diagnostic("TCAPI1007").WithLocation(0).WithLocation(1).WithArguments("Exactly one of ProxyId, GroupId must be set (found 2)", "CreateTCPListeners.ProxyIdOrGroupId")]);

    [Fact]
    public Task Set_the_left_member_of_a_comparison_to_the_nearest_satisfying_value() =>
        Verify.CodeFix<SetMemberValueCodeFix>(
            Method($"var r = new CreateTCPListenersRequest {{ {Valid}, ProxyId = \"p\", {{|#1:ConnectTimeout = 20|}}, {{|#0:DelayLoop = 20|}} }};"),
            Method($"var r = new CreateTCPListenersRequest {{ {Valid}, ProxyId = \"p\", ConnectTimeout = 19, DelayLoop = 20 }};"),
            0,
            [Verify.Diagnostic("TCAPI1010").WithLocation(0).WithLocation(1).WithArguments("ConnectTimeout (20) must be less than DelayLoop (20)", "CreateTCPListeners.ConnectTimeoutLessThanDelayLoop")]);

    [Fact]
    public Task Turn_off_the_flag_an_implies_rule_forbids() =>
        Verify.CodeFix<SetMemberValueCodeFix>(
            Method($"var r = new CreateTCPListenersRequest {{ {Valid.Replace("RealServerType = RealServerType.Ip", "{|#1:RealServerType = RealServerType.Domain|}")}, ProxyId = \"p\", {{|#0:FailoverSwitch = true|}} }};"),
            Method($"var r = new CreateTCPListenersRequest {{ {Valid.Replace("RealServerType = RealServerType.Ip", "RealServerType = RealServerType.Domain")}, ProxyId = \"p\", FailoverSwitch = false }};"),
            0,
            [Verify.Diagnostic("TCAPI1011").WithLocation(0).WithLocation(1).WithArguments("FailoverSwitch cannot be enabled when RealServerType is DOMAIN", "CreateTCPListeners.NoFailoverForDomain")]);

    [Fact]
    public Task Remove_the_member_an_implies_rule_requires_absent() =>
        Verify.CodeFix<RemoveMemberCodeFix>(
            Method("var v = new CreateVolumeRequest { VolumeName = \"ab\", SizeGb = 1, {|#1:DiskType = DiskType.CloudPremium|}, {|#0:Throughput = 5|} };"),
            Method("var v = new CreateVolumeRequest { VolumeName = \"ab\", SizeGb = 1, DiskType = DiskType.CloudPremium };"),
            0,
            [Verify.Diagnostic("TCAPI1011").WithLocation(0).WithLocation(1).WithArguments("Throughput is only for SSD disks (DiskType is CLOUD_PREMIUM)", "CreateVolume.PremiumHasNoThroughput")]);
}
