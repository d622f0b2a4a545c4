using Microsoft.CodeAnalysis;

namespace TcApi.Generator.Tests.Analysis;

/// <summary>
/// At-least-one-of, allowed values, float ranges, implies with several conditions, 64-bit bounds: on the nested spec's
/// generated types, and on a hand-written type that carries the attributes the fixtures do not (integer and item-wise
/// allowed values, long and fractional bounds) — the analyzer reads attributes, whoever wrote them.
/// </summary>
public class RuleKindAnalyzerTests
{
    private const string Listeners = """Listeners = [new Listener { Name = "web", Protocol = Protocol.Tcp, Targets = [new Target { Address = "10.0.0.1", Port = 80 }] }]""";

    private const string Custom = """
        [TcApi.Constraints.ApiObject("custom", "1", "Choice")]
        [TcApi.Constraints.AtLeastOneOfRule("Choice.Any", "At least one of {members} must be set (found {count})", "First", "Second", NoneSetSeverity = TcApi.Validation.RuleSeverity.Warning)]
        public sealed record Choice
        {
            public string? First { get; init; }

            public int? Second { get; init; }
        }

        [TcApi.Constraints.ApiObject("custom", "1", "Custom")]
        [TcApi.Constraints.ImpliesRule("Custom.Rule", "{then} must hold when {when} ({whenValue}, {thenValue})",
            "Mode", TcApi.Constraints.ConditionOperator.In, new object[] { "a", "b" },
            "Level", TcApi.Constraints.ConditionOperator.Equals, new object[] { 3L },
            MoreWhenMembers = new[] { "Share" }, MoreWhenOperators = new[] { TcApi.Constraints.ConditionOperator.Equals },
            MoreWhenValueCounts = new[] { 1 }, MoreWhenValues = new object[] { 0.5 },
            MoreThenMembers = new[] { "Note" }, MoreThenOperators = new[] { TcApi.Constraints.ConditionOperator.Present },
            MoreThenValueCounts = new[] { 0 }, MoreThenValues = new object[0])]
        [TcApi.Constraints.ImpliesRule("Custom.Misread", "never reported", "Mode", TcApi.Constraints.ConditionOperator.Present, new object[0],
            "Note", TcApi.Constraints.ConditionOperator.Present, new object[0],
            MoreWhenMembers = new[] { "Level" }, MoreWhenOperators = new[] { TcApi.Constraints.ConditionOperator.Equals },
            MoreWhenValueCounts = new[] { 2 }, MoreWhenValues = new object[] { 1L })]
        public sealed record Custom
        {
            [TcApi.Constraints.AllowedValuesConstraint("Custom.Code.allowed", "{member} must be one of {allowed} (was {value})", "1", "5", "10")]
            public int? Code { get; init; }

            [TcApi.Constraints.AllowedValuesConstraint("Custom.Kinds.allowed", "{member} item {index} must be one of {allowed} (was {value})", "a", "b", AppliesToItems = true)]
            public System.Collections.Generic.IReadOnlyList<string>? Kinds { get; init; }

            [TcApi.Constraints.RangeConstraint("Custom.Big.range", "{member} must be at least {minimum} (was {value})", Minimum = 5000000000L)]
            public long? Big { get; init; }

            [TcApi.Constraints.FloatRangeConstraint("Custom.Half.range", "{member} must be more than {exclusiveMinimum} (was {value})", ExclusiveMinimum = 0.5)]
            public int? Half { get; init; }

            [TcApi.Constraints.RangeConstraint("Custom.Share.range", "{member} must be at most {maximum} (was {value})", Maximum = 100)]
            public double? Share { get; init; }

            [TcApi.Constraints.RangeConstraint("Custom.Count.range", "{member} must be at most {maximum} (was {value})", Maximum = 10)]
            public ulong? Count { get; init; }

            public string? Mode { get; init; }

            public long? Level { get; init; }

            public string? Note { get; init; }
        }
        """;

    private static string Method(string body) => $$"""
        class C
        {
            const double Half = 0.5;

            void M(int parameter, string text, double real)
            {
                {{body}}
            }
        }

        {{Custom}}
        """;

    [Fact]
    public Task At_least_one_of_none_set_is_reported_on_the_type_name() =>
        Verify.Analyzer(
            Method($"var r = new {{|#0:CreateListenersRequest|}} {{ {Listeners} }};"),
            Verify.Diagnostic("TCAPI1013").WithLocation(0).WithArguments("At least one of ProxyId, GroupId, Region must be set", "CreateListeners.Where"));

    [Fact]
    public Task At_least_one_of_none_set_on_a_target_typed_new_is_reported_on_new() =>
        Verify.Analyzer(
            Method($"CreateListenersRequest r = {{|#0:new()|}} {{ {Listeners}, GroupId = null }};"),
            Verify.Diagnostic("TCAPI1013").WithLocation(0).WithArguments("At least one of ProxyId, GroupId, Region must be set", "CreateListeners.Where"));

    [Fact]
    public Task At_least_one_of_with_one_set_or_one_unknown_is_not_reported() =>
        Verify.Analyzer(Method($$"""
            var a = new CreateListenersRequest { {{Listeners}}, Region = "ap-guangzhou" };
            var b = new CreateListenersRequest { {{Listeners}}, ProxyId = "p", GroupId = "g", Region = "r" };
            var c = new CreateListenersRequest { {{Listeners}}, GroupId = text };
            """));

    [Fact]
    public Task At_least_one_of_is_reported_on_a_new_that_sets_nothing_with_its_none_set_severity() =>
        Verify.Analyzer(
            Method("""
                var a = new {|#0:Choice|}();
                var b = new {|#1:Choice|} { };
                var c = new {|#2:Choice|} { First = null, Second = null };
                var d = new Choice { Second = 0 };
                Choice e = new();
                """),
            Verify.Diagnostic("TCAPI1013").WithSeverity(DiagnosticSeverity.Warning).WithLocation(0).WithArguments("At least one of First, Second must be set (found 0)", "Choice.Any"),
            Verify.Diagnostic("TCAPI1013").WithSeverity(DiagnosticSeverity.Warning).WithLocation(1).WithArguments("At least one of First, Second must be set (found 0)", "Choice.Any"),
            Verify.Diagnostic("TCAPI1013").WithSeverity(DiagnosticSeverity.Warning).WithLocation(2).WithArguments("At least one of First, Second must be set (found 0)", "Choice.Any"));

    [Fact]
    public Task At_least_one_of_is_never_reported_for_a_with() =>
        Verify.Analyzer(Method($$"""
            var a = new CreateListenersRequest { {{Listeners}}, ProxyId = "p" };
            var b = a with { ProxyId = null };
            var c = a with { ProxyId = null, GroupId = null, Region = null };
            """));

    [Fact]
    public Task Allowed_values_of_a_string_an_integer_and_list_items() =>
        Verify.Analyzer(
            Method("""
                var ok = new Custom { Code = 5, Kinds = ["a", "b", "a"] };
                var bad = new Custom { Code = {|#0:7|}, Kinds = ["a", {|#1:"c"|}, {|#2:"A"|}] };
                var t = new Target { Address = "a", Port = 1, Role = {|#3:"Master"|} };
                """),
            Verify.Diagnostic("TCAPI1014").WithLocation(0).WithArguments("Code must be one of 1, 5, 10 (was 7)", "Custom.Code.allowed"),
            Verify.Diagnostic("TCAPI1014").WithLocation(1).WithArguments("Kinds item 1 must be one of a, b (was c)", "Custom.Kinds.allowed"),
            Verify.Diagnostic("TCAPI1014").WithLocation(2).WithArguments("Kinds item 2 must be one of a, b (was A)", "Custom.Kinds.allowed"),
            Verify.Diagnostic("TCAPI1014").WithLocation(3).WithArguments("Role must be one of master, slave (was Master)", "Target.Role.allowed"));

    [Fact]
    public Task A_float_range_checks_double_constants_and_integers_assigned_to_doubles() =>
        Verify.Analyzer(
            Method("""
                var ok = new[] { new Target { Address = "a", Port = 1, Ratio = 0 }, new Target { Address = "a", Port = 1, Ratio = 1.4999 }, new Target { Address = "a", Port = 1, Ratio = Half }, new Target { Address = "a", Port = 1, Ratio = real } };
                var a = new Target { Address = "a", Port = 1, Ratio = {|#0:1.5|} };
                var b = new Target { Address = "a", Port = 1, Ratio = {|#1:-0.25|} };
                var c = new Target { Address = "a", Port = 1, Ratio = {|#2:2|} };
                var d = new Target { Address = "a", Port = 1, Ratio = {|#3:Half * 4|} };
                var e = new Target { Address = "a", Port = 1, Ratio = {|#4:1e300|} };
                """),
            Verify.Diagnostic("TCAPI1001").WithLocation(0).WithArguments("Ratio must be at least 0 and below 1.5 (was 1.5)", "Target.Ratio.range"),
            Verify.Diagnostic("TCAPI1001").WithLocation(1).WithArguments("Ratio must be at least 0 and below 1.5 (was -0.25)", "Target.Ratio.range"),
            Verify.Diagnostic("TCAPI1001").WithLocation(2).WithArguments("Ratio must be at least 0 and below 1.5 (was 2)", "Target.Ratio.range"),
            Verify.Diagnostic("TCAPI1001").WithLocation(3).WithArguments("Ratio must be at least 0 and below 1.5 (was 2)", "Target.Ratio.range"),
            Verify.Diagnostic("TCAPI1001").WithLocation(4).WithArguments("Ratio must be at least 0 and below 1.5 (was 1E+300)", "Target.Ratio.range"));

    [Fact]
    public Task Long_and_fractional_bounds_whole_bounds_on_a_double_and_unsigned_members() =>
        Verify.Analyzer(
            Method("""
                var ok = new Custom { Big = 5000000000, Half = 1, Share = 99.5, Count = 10 };
                var bad = new Custom { Big = {|#0:1|}, Half = {|#1:0|}, Share = {|#2:100.5|}, Count = {|#3:11|} };
                var huge = new Custom { Count = ulong.MaxValue };
                """),
            Verify.Diagnostic("TCAPI1001").WithLocation(0).WithArguments("Big must be at least 5000000000 (was 1)", "Custom.Big.range"),
            Verify.Diagnostic("TCAPI1001").WithLocation(1).WithArguments("Half must be more than 0.5 (was 0)", "Custom.Half.range"),
            Verify.Diagnostic("TCAPI1001").WithLocation(2).WithArguments("Share must be at most 100 (was 100.5)", "Custom.Share.range"),
            Verify.Diagnostic("TCAPI1001").WithLocation(3).WithArguments("Count must be at most 10 (was 11)", "Custom.Count.range"));

    [Fact]
    public Task Implies_with_several_conditions_fires_only_when_all_of_them_hold() =>
        Verify.Analyzer(
            Method("""
                var target = new Target { Address = "a", Port = 1, {|#1:Role = "slave"|}, {|#2:Ratio = 0.2|}, {|#0:Weight = 3|} };
                var custom = new Custom { {|#4:Mode = "b"|}, {|#5:Share = 0.5|}, {|#3:Level = 4|}, {|#6:Note = "n"|} };
                """),
            Verify.Diagnostic("TCAPI1011").WithLocation(0).WithLocation(1).WithLocation(2).WithArguments("Weight must be absent when Role, Ratio are set", "Target.SlaveWithRatioHasNoWeight"),
            Verify.Diagnostic("TCAPI1011").WithLocation(3).WithLocation(4).WithLocation(5).WithLocation(6).WithArguments("Level, Note must hold when Mode, Share (b, 4)", "Custom.Rule"));

    [Fact]
    public Task Implies_with_several_conditions_does_not_fire_when_one_condition_fails_or_is_unknown() =>
        Verify.Analyzer(Method("""
            var a = new Target { Address = "a", Port = 1, Role = "slave", Weight = 3 };
            var b = new Target { Address = "a", Port = 1, Role = "master", Ratio = 0.2, Weight = 3 };
            var c = new Target { Address = "a", Port = 1, Role = "slave", Ratio = 0.2 };
            var d = new Target { Address = "a", Port = 1, Role = text, Ratio = 0.2, Weight = 3 };
            var e = a with { Weight = 3, Role = "slave" };
            var f = new Custom { Mode = "c", Share = 0.5, Level = 4, Note = "n" };
            var g = new Custom { Mode = "a", Share = 0.25, Level = 4, Note = "n" };
            var h = new Custom { Mode = "a", Share = real, Level = 4, Note = "n" };
            var i = new Custom { Mode = "a", Share = 0.5, Level = 3, Note = "n" };
            var j = new Custom { Mode = "a", Share = 0.5, Level = parameter };
            """));

    [Fact]
    public Task Implies_in_a_with_fires_when_every_value_it_tests_is_assigned() =>
        Verify.Analyzer(
            Method("""
                var t = new Target { Address = "a", Port = 1 };
                var u = t with { {|#1:Role = "slave"|}, {|#2:Ratio = 0.2|}, {|#0:Weight = 3|} };
                """),
            Verify.Diagnostic("TCAPI1011").WithLocation(0).WithLocation(1).WithLocation(2).WithArguments("Weight must be absent when Role, Ratio are set", "Target.SlaveWithRatioHasNoWeight"));

    [Fact]
    public Task Members_without_attributes_that_a_rule_names_are_read() =>
        Verify.Analyzer(
            Method("""var r = new CreateTCPListenersRequest { ListenerName = "a", Ports = [90], Scheduler = Scheduler.RoundRobin, HealthCheck = true, RealServerType = RealServerType.Ip, {|#1:ProxyId = "p"|}, {|#0:GroupId = "g"|} };"""),
            Verify.Diagnostic("TCAPI1007").WithLocation(0).WithLocation(1).WithArguments("Exactly one of ProxyId, GroupId must be set (found 2)", "CreateTCPListeners.ProxyIdOrGroupId"));
}
