
namespace TcApi.Generator.Tests.Analysis.Agreement;

/// <summary>
/// Compile time and run time agree: for every rule of every spec — of each request and of each object requests use,
/// standalone and nested in a request — a constant that breaks it is reported with the rule's id by the analyzer, and
/// the very same code, compiled and run, makes <c>Validate()</c> report that id; a value that keeps the rule is
/// reported by neither. The cases are derived from the spec files (overlays applied).
/// </summary>
public class AgreementTests
{
    private static readonly Lazy<IReadOnlyList<SpecFile>> Specs = new(() =>
    [
        SpecFile.Read(MergedSpec.Read("gaap-v20180529.tcapi.json", "gaap-v20180529.tcapi-overlay.json")),
        SpecFile.Read(MergedSpec.Read("demo-v20240101.tcapi.json")),
        SpecFile.Read(MergedSpec.Read("nested-v20250101.tcapi.json")),
    ]);

    private static readonly Lazy<IReadOnlyList<AgreementCase>> Cases = new(() =>
        Specs.Value.SelectMany(s => s.Types).SelectMany(CaseBuilder.For)
            .SelectMany(c => Nesting.InRequest(c) is { } nested ? new[] { c, nested } : new[] { c })
            .ToList());

    private static readonly Lazy<IReadOnlyDictionary<string, (ISet<string> CompileTime, ISet<string> RunTime)>> Outcomes = new(() =>
        Cases.Value.Zip(AgreementRun.Evaluate(Cases.Value, GeneratedBindings.Sources)).ToDictionary(x => x.First.Name, x => x.Second));

    public static TheoryData<string> CaseNames() => new(Cases.Value.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void The_analyzer_and_the_validator_agree(string name)
    {
        AgreementRun.AssertAgree(Cases.Value.Single(c => c.Name == name), Outcomes.Value[name]);
    }

    [Fact]
    public void Every_rule_of_every_spec_has_a_breaking_case_standalone_and_nested()
    {
        var ids = GeneratedBindings.Sources
            .SelectMany(s => System.Text.RegularExpressions.Regex.Matches(s.Text, "(?:Constraint|Rule)\\(\"([^\"]+)\"").Select(m => m.Groups[1].Value))
            .ToHashSet();

        var keptByTheCompiler = Specs.Value.SelectMany(s => s.Types)
            .SelectMany(t => t.Members.Where(m => m.Required && !m.CanBeNull).Select(m => $"{t.SpecName}.{m.WireName}.required"));
        ids.ExceptWith(keptByTheCompiler);

        Assert.NotEmpty(ids);
        var breaking = Cases.Value.Where(c => c.Violates).ToList();
        Assert.Subset(breaking.Select(c => c.RuleId).ToHashSet(), ids);

        var objectRules = Specs.Value.SelectMany(s => s.Objects.Values).SelectMany(o => ids.Where(id => id.StartsWith(o.SpecName + ".", StringComparison.Ordinal)));
        Assert.Subset(breaking.Where(c => c.Variant.Contains(":in ", StringComparison.Ordinal)).Select(c => c.RuleId).ToHashSet(), objectRules.ToHashSet());
    }

    [Fact]
    public void The_nested_spec_exercises_every_new_kind()
    {
        var nested = Cases.Value.Where(c => c.Type.File == Specs.Value[2] && c.Violates).Select(c => c.RuleId).ToHashSet();
        Assert.Subset(nested, new HashSet<string> { "CreateListeners.Where", "Target.Role.allowed", "Target.Ratio.range", "Target.SlaveWithRatioHasNoWeight", "HealthOptions.TimeoutBelowInterval", "Node.Depth.range" });
        Assert.Contains(Cases.Value, c => c.RuleId == "Target.SlaveWithRatioHasNoWeight" && !c.Violates && c.Variant.StartsWith(":notApplying", StringComparison.Ordinal));
    }
}
