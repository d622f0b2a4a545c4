using Microsoft.CodeAnalysis;
using TcApi.CodeFixes;

namespace TcApi.Generator.Tests.Analysis;

/// <summary>
/// Constraints a mining tool read from Tencent's documentation (provenance with a confidence) are reported under ids of
/// their own, TCAPI2xxx, quoting their sentence, so a project can keep curated TCAPI1xxx violations as errors and treat
/// documented ones apart. On GAAP's generated types (whose spec carries mined constraints) and on a hand-written type.
/// </summary>
public class DocumentedConstraintAnalyzerTests
{
    private const string Documented = """
        [TcApi.Constraints.ApiObject("custom", "1", "Host")]
        [TcApi.Constraints.AtMostOneOfRule("Host.Name.Alias.atMostOneOf", "At most one of {members} should be set (found {count})", "Name", "Alias", Severity = TcApi.Validation.RuleSeverity.Warning, Documented = "Name 与 Alias 不可同时指定。")]
        public sealed record Host
        {
            [TcApi.Constraints.LengthConstraint("Host.Name.length", "{member} should be 2 to 15 characters long (was {length})", MinLength = 2, MaxLength = 15, Severity = TcApi.Validation.RuleSeverity.Warning, Documented = "Windows实例：主机名名字符长度为[2, 15]…")]
            public string? Name { get; init; }

            [TcApi.Constraints.LengthConstraint("Host.Alias.length", "{member} must be at most {maxLength} characters (was {length})", MaxLength = 3)]
            public string? Alias { get; init; }
        }
        """;

    private static string Method(string body) => $$"""
        class C
        {
            void M()
            {
                {{body}}
            }
        }

        {{Documented}}
        """;

    private static string GaapMethod(string body) => $$"""
        class C
        {
            void M()
            {
                {{body}}
            }
        }
        """;

    [Fact]
    public Task A_mined_range_of_a_generated_request_is_TCAPI2001_quoting_its_sentence() =>
        Verify.Analyzer(
            GaapMethod("var r = new DescribeProxiesRequest { Limit = {|#0:500|} };"),
            Verify.Diagnostic("TCAPI2001").WithSeverity(DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments("Limit should be at most 100 (was 500)", "DescribeProxies.Limit.range", "返回数量，默认为20，最大值为100。"));

    [Fact]
    public Task Mined_allowed_values_are_TCAPI2014_and_curated_rules_beside_them_stay_TCAPI1xxx() =>
        Verify.Analyzer(
            GaapMethod("""
                var c = new CheckProxyCreateRequest { AccessRegion = "a", RealServerRegion = "b", Bandwidth = 10, Concurrent = 2, NetworkType = {|#0:"cn3"|} };
                var l = new CreateTCPListenersRequest { ListenerName = "a", Ports = [90], Scheduler = Scheduler.RoundRobin, HealthCheck = true, RealServerType = RealServerType.Ip, ProxyId = "p", DelayLoop = {|#1:400|} };
                """),
            Verify.Diagnostic("TCAPI2014").WithSeverity(DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments("NetworkType should be one of normal, cn2 (was cn3)", "CheckProxyCreate.NetworkType.allowedValues", "网络类型，可取值：normal、cn2"),
            Verify.Diagnostic("TCAPI1001").WithLocation(1).WithArguments("DelayLoop must be between 5 and 300 (was 400)", "CreateTCPListeners.DelayLoop.range"));

    [Fact]
    public Task The_Documented_attribute_argument_decides_the_id_for_constraints_and_rules() =>
        Verify.Analyzer(
            Method("""var h = new Host { {|#2:Name = {|#0:"web-frontend-prod{R:1}"|}|}, {|#3:Alias = {|#1:"long"|}|} };"""),
            Verify.Diagnostic("TCAPI2002").WithSeverity(DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments("Name should be 2 to 15 characters long (was 22)", "Host.Name.length", "Windows实例：主机名名字符长度为[2, 15]…"),
            Verify.Diagnostic("TCAPI1002").WithLocation(1).WithArguments("Alias must be at most 3 characters (was 4)", "Host.Alias.length"),
            Verify.Diagnostic("TCAPI2008").WithSeverity(DiagnosticSeverity.Warning).WithLocation(3).WithLocation(2)
                .WithArguments("At most one of Name, Alias should be set (found 2)", "Host.Name.Alias.atMostOneOf", "Name 与 Alias 不可同时指定。"));

    [Fact]
    public Task Editorconfig_silences_documented_constraints_and_keeps_curated_ones() =>
        Verify.Analyzer(
            Method("""var h = new Host { Name = "web-frontend-prod{R:1}", Alias = {|#0:"long"|} };"""),
            fromLibrary: true,
            editorConfig: "root = true\n\n[*.cs]\ndotnet_diagnostic.TCAPI2002.severity = none\ndotnet_diagnostic.TCAPI2008.severity = none\n",
            Verify.Diagnostic("TCAPI1002").WithLocation(0).WithArguments("Alias must be at most 3 characters (was 4)", "Host.Alias.length"));

    [Fact]
    public Task A_documented_range_has_the_same_clamp_fix() =>
        Verify.CodeFix<ClampToBoundCodeFix>(
            GaapMethod("var r = new DescribeProxiesRequest { Limit = {|#0:500|} };"),
            GaapMethod("var r = new DescribeProxiesRequest { Limit = 100 };"),
            0,
            [Verify.Diagnostic("TCAPI2001").WithSeverity(DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments("Limit should be at most 100 (was 500)", "DescribeProxies.Limit.range", "返回数量，默认为20，最大值为100。")]);
}
