using Microsoft.CodeAnalysis;

namespace TcApi.Generator.Tests.Analysis;

/// <summary>
/// [ApiObject] types are checked like requests wherever they are created: nested in a request's initializer (by name
/// or target-typed), standalone, recursively, and in a <c>with</c>; their own rules included.
/// </summary>
public class ObjectAnalyzerTests
{
    private const string Target = """new Target { Address = "10.0.0.1", Port = 80 }""";

    private static string Method(string body) => $$"""
        class C
        {
            void M(int parameter, string text, Listener listener)
            {
                {{body}}
            }
        }
        """;

    private static string Listener(string targets, string more = "") =>
        $$"""new Listener { Name = "web", Protocol = Protocol.Tcp, Targets = {{targets}}{{more}} }""";

    [Fact]
    public Task A_valid_nested_request_has_no_diagnostic() =>
        Verify.Analyzer(Method($$"""
            var r = new CreateListenersRequest
            {
                ProxyId = "p",
                Listeners = [{{Listener($"[{Target}]", ", Health = new HealthOptions { Interval = 10, Timeout = 5, Enabled = true }, Tags = [\"a\", \"b\"]")}}],
            };
            """));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task An_object_nested_two_levels_deep_in_a_request_is_checked(bool fromLibrary) =>
        Verify.Analyzer(
            Method($$"""var r = new CreateListenersRequest { ProxyId = "p", Listeners = [{{Listener("""[new Target { Address = "10.0.0.1", Port = {|#0:70000|} }]""")}}] };"""),
            fromLibrary,
            Verify.Diagnostic("TCAPI1001").WithLocation(0).WithArguments("Port must be between 1 and 65535 (was 70000)", "Target.Port.range"));

    [Fact]
    public Task A_rule_of_a_nested_object_is_checked_among_that_objects_members() =>
        Verify.Analyzer(
            Method($$"""var l = {{Listener($"[{Target}]", ", Health = new HealthOptions { {|#1:Interval = 10|}, {|#0:Timeout = 10|} }")}};"""),
            Verify.Diagnostic("TCAPI1010").WithLocation(0).WithLocation(1).WithArguments("Timeout (10) must be less than Interval (10)", "HealthOptions.TimeoutBelowInterval"));

    [Fact]
    public Task A_target_typed_new_in_a_list_is_checked() =>
        Verify.Analyzer(
            Method("""var r = new CreateListenersRequest { ProxyId = "p", Listeners = [new() { Name = "web", Protocol = Protocol.Tcp, Targets = {|#0:[]|} }] };"""),
            Verify.Diagnostic("TCAPI1005").WithLocation(0).WithArguments("Targets must list 1 to 10 targets (has 0)", "Listener.Targets.count"));

    [Fact]
    public Task A_standalone_object_is_checked() =>
        Verify.Analyzer(
            Method("""var t = new Target { Address = {|#0:""|}, Port = 80, Role = {|#1:"primary"|} };"""),
            Verify.Diagnostic("TCAPI1002").WithLocation(0).WithArguments("Address must be 1 to 64 characters (was 0)", "Target.Address.length"),
            Verify.Diagnostic("TCAPI1014").WithLocation(1).WithArguments("Role must be one of master, slave (was primary)", "Target.Role.allowed"));

    [Fact]
    public Task A_recursive_object_is_checked_at_every_level() =>
        Verify.Analyzer(
            Method("""var r = new DescribeTreeRequest { Root = new Node { Name = "a", Depth = 1, Children = [new Node { Name = "b", Children = [new Node { Name = "c", Depth = {|#0:10|} }] }] } };"""),
            Verify.Diagnostic("TCAPI1001").WithLocation(0).WithArguments("Depth must be at most 9 (was 10)", "Node.Depth.range"));

    [Fact]
    public Task A_with_on_an_object_checks_what_it_assigns() =>
        Verify.Analyzer(
            Method($$"""
                var t = {{Target}};
                var u = t with { Port = {|#0:0|} };
                var v = t with { Role = "slave", Ratio = 0.5 };
                """),
            Verify.Diagnostic("TCAPI1001").WithLocation(0).WithArguments("Port must be between 1 and 65535 (was 0)", "Target.Port.range"));

    [Fact]
    public Task An_object_passed_in_is_not_a_constant_and_a_null_list_item_is_skipped() =>
        Verify.Analyzer(Method("""var r = new CreateListenersRequest { ProxyId = "p", Listeners = [listener, null!] };"""));

    [Fact]
    public Task A_null_required_object_is_reported() =>
        Verify.Analyzer(
            Method("""var r = new DescribeTreeRequest { Root = {|#0:null!|} };"""),
            Verify.Diagnostic("TCAPI1012").WithLocation(0).WithArguments("Root is required", "DescribeTree.Root.required"));

    [Fact]
    public Task Objects_the_overlay_constrains_in_GAAP_are_checked() =>
        Verify.Analyzer(
            Method("""var b = new BindListenerRealServersRequest { ListenerId = "l", RealServerBindSet = [new RealServerBindSetReq { RealServerId = "rs", RealServerIP = "1.1.1.1", RealServerPort = {|#0:0|}, RealServerFailoverRole = {|#1:"primary"|} }] };"""),
            Verify.Diagnostic("TCAPI1001").WithLocation(0).WithArguments("RealServerPort must be a port between 1 and 65535 (was 0)", "RealServerBindSetReq.RealServerPort.range"),
            Verify.Diagnostic("TCAPI1014").WithLocation(1).WithArguments("RealServerFailoverRole must be one of master, slave (was primary)", "RealServerBindSetReq.RealServerFailoverRole.allowed"));
}
