using Microsoft.CodeAnalysis;

namespace TcApi.Generator.Tests.Analysis;

/// <summary>Every diagnostic ID, on constants in user code; no diagnostic where a value is not constant.</summary>
public class AnalyzerTests
{
    /// <summary>A valid request's initializer; the tests replace or add one member.</summary>
    private const string Valid = """ListenerName = "a", Ports = [90], Scheduler = Scheduler.RoundRobin, HealthCheck = true, RealServerType = RealServerType.Ip, ProxyId = "p" """;

    private static string Method(string body) => $$"""
        class C
        {
            const int MaxDelay = 300;

            void M(int parameter, string text)
            {
                {{body}}
            }

            int Compute() => 400;
        }
        """;

    [Fact]
    public Task A_valid_request_has_no_diagnostic() =>
        Verify.Analyzer(Method($"var r = new CreateTCPListenersRequest {{ {Valid}, DelayLoop = 20, ConnectTimeout = 10 }};"));

    [Fact]
    public Task Range_is_reported_on_the_value_with_the_spec_message_and_rule_id() =>
        Verify.Analyzer(
            Method($"var r = new CreateTCPListenersRequest {{ {Valid}, DelayLoop = {{|#0:400|}} }};"),
            Verify.Diagnostic("TCAPI1001").WithLocation(0).WithArguments("DelayLoop must be between 5 and 300 (was 400)", "CreateTCPListeners.DelayLoop.range"));

    [Fact]
    public Task Const_fields_locals_and_folded_expressions_are_constants() =>
        Verify.Analyzer(
            Method($"const int local = 1; var r = new CreateTCPListenersRequest {{ {Valid}, DelayLoop = {{|#0:MaxDelay + 1|}}, HealthyThreshold = {{|#1:local * 11|}} }};"),
            Verify.Diagnostic("TCAPI1001").WithLocation(0).WithArguments("DelayLoop must be between 5 and 300 (was 301)", "CreateTCPListeners.DelayLoop.range"),
            Verify.Diagnostic("TCAPI1001").WithLocation(1).WithArguments("HealthyThreshold must be between 1 and 10 (was 11)", "CreateTCPListeners.HealthyThreshold.range"));

    [Fact]
    public Task Non_constant_values_are_left_to_the_run_time_validator() =>
        Verify.Analyzer(Method($$"""
            var delay = 400;
            var r = new CreateTCPListenersRequest { {{Valid}}, DelayLoop = delay, ConnectTimeout = parameter, HealthyThreshold = Compute(), GroupId = text };
            var s = r with { DelayLoop = parameter, Ports = new[] { parameter, parameter } };
            """));

    [Fact]
    public Task Length_and_pattern() =>
        Verify.Analyzer(
            Method("var v = new CreateVolumeRequest { VolumeName = {|#0:\"X\"|}, SizeGb = 1, DiskType = DiskType.CloudSsd };"),
            Verify.Diagnostic("TCAPI1002").WithLocation(0).WithArguments("VolumeName must be 2 to 60 characters (was 1)", "CreateVolume.VolumeName.length"),
            Verify.Diagnostic("TCAPI1003").WithLocation(0).WithArguments("VolumeName must match ^[a-z][a-z0-9-]*$ (was 'X')", "CreateVolume.VolumeName.pattern"));

    [Fact]
    public Task Undefined_enum_values() =>
        Verify.Analyzer(
            Method($"var r = new CreateTCPListenersRequest {{ {Valid.Replace("Scheduler = Scheduler.RoundRobin", "Scheduler = {|#0:(Scheduler)9|}")} }};"),
            Verify.Diagnostic("TCAPI1004").WithLocation(0).WithArguments("Scheduler must be one of rr, wrr, lc, lrtt (was 9)", "CreateTCPListeners.Scheduler.enum"));

    [Fact]
    public Task List_items_out_of_range_and_duplicates_in_a_collection_expression() =>
        Verify.Analyzer(
            Method($"var r = new CreateTCPListenersRequest {{ {Valid.Replace("Ports = [90]", "Ports = [{|#0:0|}, {|#2:90|}, {|#1:90|}]")} }};"),
            Verify.Diagnostic("TCAPI1001").WithLocation(0).WithArguments("Ports item 0 must be a port between 1 and 65535 (was 0)", "CreateTCPListeners.Ports.range"),
            Verify.Diagnostic("TCAPI1006").WithLocation(1).WithLocation(2).WithArguments("Ports lists port 90 twice (items 1 and 2)", "CreateTCPListeners.Ports.unique"));

    [Fact]
    public Task Array_initializers_are_read_too() =>
        Verify.Analyzer(
            Method($"var r = new CreateTCPListenersRequest {{ {Valid.Replace("Ports = [90]", "Ports = new[] { {|#0:65536|} }")} }};"),
            Verify.Diagnostic("TCAPI1001").WithLocation(0).WithArguments("Ports item 0 must be a port between 1 and 65535 (was 65536)", "CreateTCPListeners.Ports.range"));

    [Fact]
    public Task An_empty_list() =>
        Verify.Analyzer(
            Method($"var r = new CreateTCPListenersRequest {{ {Valid.Replace("Ports = [90]", "Ports = {|#0:[]|}")} }};"),
            Verify.Diagnostic("TCAPI1005").WithLocation(0).WithArguments("Ports must list at least 1 port (has 0)", "CreateTCPListeners.Ports.notEmpty"));

    [Fact]
    public Task Both_ProxyId_and_GroupId_is_an_error_at_the_later_member() =>
        Verify.Analyzer(
            Method($"var r = new CreateTCPListenersRequest {{ {Valid.Replace("ProxyId = \"p\"", "{|#1:ProxyId = \"p\"|}")}, {{|#0:GroupId = \"g\"|}} }};"),
            Verify.Diagnostic("TCAPI1007").WithLocation(0).WithLocation(1).WithArguments("Exactly one of ProxyId, GroupId must be set (found 2)", "CreateTCPListeners.ProxyIdOrGroupId"));

    [Fact]
    public Task Neither_ProxyId_nor_GroupId_is_a_warning_on_the_type_because_a_with_can_still_add_one() =>
        Verify.Analyzer(
            Method($"var r = new {{|#0:CreateTCPListenersRequest|}} {{ {Valid.Replace(", ProxyId = \"p\"", string.Empty)} }};"),
            Verify.Diagnostic("TCAPI1007").WithSeverity(DiagnosticSeverity.Warning).WithLocation(0).WithArguments("Exactly one of ProxyId, GroupId must be set (found 0)", "CreateTCPListeners.ProxyIdOrGroupId"));

    [Fact]
    public Task Null_counts_as_absent() =>
        Verify.Analyzer(Method($"var r = new CreateTCPListenersRequest {{ {Valid}, GroupId = null }};"));

    [Fact]
    public Task The_seed_example_ConnectTimeout_equal_to_DelayLoop_is_an_error() =>
        Verify.Analyzer(
            Method($"var r = new CreateTCPListenersRequest {{ {Valid}, {{|#1:ConnectTimeout = 20|}}, {{|#0:DelayLoop = 20|}} }};"),
            Verify.Diagnostic("TCAPI1010").WithLocation(0).WithLocation(1).WithArguments("ConnectTimeout (20) must be less than DelayLoop (20)", "CreateTCPListeners.ConnectTimeoutLessThanDelayLoop"));

    [Fact]
    public Task Failover_for_domain_origin_servers_is_an_error() =>
        Verify.Analyzer(
            Method($"var r = new CreateTCPListenersRequest {{ {Valid.Replace("RealServerType = RealServerType.Ip", "{|#1:RealServerType = RealServerType.Domain|}")}, {{|#0:FailoverSwitch = true|}} }};"),
            Verify.Diagnostic("TCAPI1011").WithLocation(0).WithLocation(1).WithArguments("FailoverSwitch cannot be enabled when RealServerType is DOMAIN", "CreateTCPListeners.NoFailoverForDomain"));

    [Fact]
    public Task At_most_one_of() =>
        Verify.Analyzer(
            Method("var v = new CreateVolumeRequest { VolumeName = \"ab\", SizeGb = 1, DiskType = DiskType.CloudSsd, {|#1:SnapshotId = \"s\"|}, {|#0:ImageId = \"i\"|} };"),
            Verify.Diagnostic("TCAPI1008").WithLocation(0).WithLocation(1).WithArguments("At most one of SnapshotId, ImageId may be set (found 2)", "CreateVolume.OneSource"));

    [Fact]
    public Task Dependent_required() =>
        Verify.Analyzer(
            Method("var v = new CreateVolumeRequest { VolumeName = \"ab\", SizeGb = 1, DiskType = DiskType.CloudSsd, {|#0:KmsKeyId = \"k\"|} };"),
            Verify.Diagnostic("TCAPI1009").WithLocation(0).WithArguments("KmsKeyId needs Encrypt", "CreateVolume.KeyNeedsEncrypt"));

    [Fact]
    public Task Null_for_a_required_member() =>
        Verify.Analyzer(
            Method($"var r = new CreateTCPListenersRequest {{ {Valid.Replace("ListenerName = \"a\"", "ListenerName = {|#0:null!|}")} }};"),
            Verify.Diagnostic("TCAPI1012").WithLocation(0).WithArguments("ListenerName is required", "CreateTCPListeners.ListenerName.required"));

    [Fact]
    public Task Warnings_keep_the_spec_severity() =>
        Verify.Analyzer(
            Method("var v = new CreateVolumeRequest { VolumeName = \"ab\", SizeGb = 1, DiskType = DiskType.CloudSsd, Throughput = {|#0:-1|} };"),
            Verify.Diagnostic("TCAPI1001").WithSeverity(DiagnosticSeverity.Warning).WithLocation(0).WithArguments("Throughput must be at least 0 (was -1)", "CreateVolume.Throughput.range"));

    [Fact]
    public Task With_expressions_get_single_field_checks_and_cross_field_checks_among_what_they_assign() =>
        Verify.Analyzer(
            Method($$"""
                var r = new CreateTCPListenersRequest { {{Valid}} };
                var s = r with { DelayLoop = {|#0:1|} };
                var t = r with { {|#2:ConnectTimeout = 30|}, {|#1:DelayLoop = 30|} };
                var u = r with { ConnectTimeout = 30 };
                var w = r with { GroupId = "g" };
                """),
            Verify.Diagnostic("TCAPI1001").WithLocation(0).WithArguments("DelayLoop must be between 5 and 300 (was 1)", "CreateTCPListeners.DelayLoop.range"),
            Verify.Diagnostic("TCAPI1010").WithLocation(1).WithLocation(2).WithArguments("ConnectTimeout (30) must be less than DelayLoop (30)", "CreateTCPListeners.ConnectTimeoutLessThanDelayLoop"));

    [Fact]
    public Task Types_compiled_from_source_give_the_same_diagnostics_as_from_a_referenced_assembly() =>
        Verify.Analyzer(
            Method($"var r = new CreateTCPListenersRequest {{ {Valid}, HealthyThreshold = {{|#0:0|}}, {{|#2:ConnectTimeout = 20|}}, {{|#1:DelayLoop = 20|}} }};"),
            fromLibrary: false,
            Verify.Diagnostic("TCAPI1001").WithLocation(0).WithArguments("HealthyThreshold must be between 1 and 10 (was 0)", "CreateTCPListeners.HealthyThreshold.range"),
            Verify.Diagnostic("TCAPI1010").WithLocation(1).WithLocation(2).WithArguments("ConnectTimeout (20) must be less than DelayLoop (20)", "CreateTCPListeners.ConnectTimeoutLessThanDelayLoop"));

    [Fact]
    public Task Editorconfig_overrides_a_rules_severity() =>
        Verify.Analyzer(
            Method($"var r = new CreateTCPListenersRequest {{ {Valid}, DelayLoop = {{|#0:400|}} }};"),
            fromLibrary: true,
            editorConfig: "root = true\n\n[*.cs]\ndotnet_diagnostic.TCAPI1001.severity = warning\n",
            Verify.Diagnostic("TCAPI1001").WithSeverity(DiagnosticSeverity.Warning).WithLocation(0).WithArguments("DelayLoop must be between 5 and 300 (was 400)", "CreateTCPListeners.DelayLoop.range"));

    [Fact]
    public Task Types_without_constraint_attributes_are_ignored() =>
        Verify.Analyzer("""
            record Plain { public int DelayLoop { get; init; } }
            class C { void M() { var p = new Plain { DelayLoop = 400 }; } }
            """);
}
