using TcApi.CodeFixes;
using TcApi.Contract;
using TcApi.Generator.Analysis;

namespace TcApi.Generator.Tests.Analysis;

/// <summary>Code fixes for allowed values, float ranges and rules of nested objects.</summary>
public class RuleKindCodeFixTests
{
    private const string Custom = """
        [TcApi.Constraints.ApiObject("custom", "1", "Custom")]
        public sealed record Custom
        {
            [TcApi.Constraints.AllowedValuesConstraint("Custom.Code.allowed", "{member} must be one of {allowed} (was {value})", "1", "5", "10")]
            public int? Code { get; init; }

            [TcApi.Constraints.AllowedValuesConstraint("Custom.Kinds.allowed", "{member} item {index} must be one of {allowed} (was {value})", "a", "b", AppliesToItems = true)]
            public System.Collections.Generic.IReadOnlyList<string>? Kinds { get; init; }

            [TcApi.Constraints.FloatRangeConstraint("Custom.Half.range", "{member} must be more than {exclusiveMinimum} (was {value})", ExclusiveMinimum = 0.5)]
            public int? Half { get; init; }
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

        {{Custom}}
        """;

    [Fact]
    public Task Set_a_string_to_the_nearest_allowed_value() =>
        Verify.CodeFix<UseAllowedValueCodeFix>(
            Method("""var t = new Target { Address = "a", Port = 1, Role = {|#0:"slav"|} };"""),
            Method("""var t = new Target { Address = "a", Port = 1, Role = "slave" };"""),
            0,
            [Verify.Diagnostic("TCAPI1014").WithLocation(0).WithArguments("Role must be one of master, slave (was slav)", "Target.Role.allowed")]);

    [Fact]
    public Task Set_an_integer_to_the_nearest_allowed_value() =>
        Verify.CodeFix<UseAllowedValueCodeFix>(
            Method("""var c = new Custom { Code = {|#0:7|} };"""),
            Method("""var c = new Custom { Code = 5 };"""),
            0,
            [Verify.Diagnostic("TCAPI1014").WithLocation(0).WithArguments("Code must be one of 1, 5, 10 (was 7)", "Custom.Code.allowed")]);

    [Fact]
    public Task Replace_a_list_item_by_the_allowed_value_it_misspells() =>
        Verify.CodeFix<UseAllowedValueCodeFix>(
            Method("""var c = new Custom { Kinds = ["a", {|#0:"B"|}] };"""),
            Method("""var c = new Custom { Kinds = ["a", "b"] };"""),
            0,
            [Verify.Diagnostic("TCAPI1014").WithLocation(0).WithArguments("Kinds item 1 must be one of a, b (was B)", "Custom.Kinds.allowed")]);

    [Fact]
    public Task Clamp_a_double_to_its_inclusive_bound() =>
        Verify.CodeFix<ClampToBoundCodeFix>(
            Method("""var t = new Target { Address = "a", Port = 1, Ratio = {|#0:-0.25|} };"""),
            Method("""var t = new Target { Address = "a", Port = 1, Ratio = 0.0 };"""),
            0,
            [Verify.Diagnostic("TCAPI1001").WithLocation(0).WithArguments("Ratio must be at least 0 and below 1.5 (was -0.25)", "Target.Ratio.range")]);

    [Fact]
    public async Task No_clamp_for_a_double_beyond_an_exclusive_bound()
    {
        var diagnostic = Assert.Single(await Verify.Diagnostics(Method("""var t = new Target { Address = "a", Port = 1, Ratio = 1.5 };""")));

        Assert.Equal("TCAPI1001", diagnostic.Id);
        Assert.False(diagnostic.Properties.ContainsKey(DiagnosticProperties.FixValue));
    }

    [Fact]
    public Task Clamp_an_integer_to_the_first_whole_number_past_a_fractional_exclusive_bound() =>
        Verify.CodeFix<ClampToBoundCodeFix>(
            Method("""var c = new Custom { Half = {|#0:0|} };"""),
            Method("""var c = new Custom { Half = 1 };"""),
            0,
            [Verify.Diagnostic("TCAPI1001").WithLocation(0).WithArguments("Half must be more than 0.5 (was 0)", "Custom.Half.range")]);

    [Fact]
    public Task Fix_a_comparison_inside_a_nested_object() =>
        Verify.CodeFix<SetMemberValueCodeFix>(
            Method("""var l = new Listener { Name = "web", Protocol = Protocol.Tcp, Targets = [new Target { Address = "a", Port = 1 }], Health = new HealthOptions { {|#1:Interval = 10|}, {|#0:Timeout = 10|} } };"""),
            Method("""var l = new Listener { Name = "web", Protocol = Protocol.Tcp, Targets = [new Target { Address = "a", Port = 1 }], Health = new HealthOptions { Interval = 10, Timeout = 9 } };"""),
            0,
            [Verify.Diagnostic("TCAPI1010").WithLocation(0).WithLocation(1).WithArguments("Timeout (10) must be less than Interval (10)", "HealthOptions.TimeoutBelowInterval")]);

    [Fact]
    public Task Remove_the_member_a_rule_with_several_conditions_forbids() =>
        Verify.CodeFix<RemoveMemberCodeFix>(
            Method("""var t = new Target { Address = "a", Port = 1, {|#1:Role = "slave"|}, {|#2:Ratio = 0.2|}, {|#0:Weight = 3|} };"""),
            Method("""var t = new Target { Address = "a", Port = 1, Role = "slave", Ratio = 0.2 };"""),
            0,
            [Verify.Diagnostic("TCAPI1011").WithLocation(0).WithLocation(1).WithLocation(2).WithArguments("Weight must be absent when Role, Ratio are set", "Target.SlaveWithRatioHasNoWeight")]);
}
