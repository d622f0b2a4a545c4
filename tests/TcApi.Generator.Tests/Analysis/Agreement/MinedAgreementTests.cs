using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TcApi.Generator.Tests.Analysis.Agreement;

/// <summary>
/// The agreement of <see cref="AgreementTests"/> over constraints read from Tencent's documentation: the services of
/// <see cref="MinedSample"/>, imported as the importer writes them (mined constraints with severity warning), every
/// rule of the sampled requests and the objects they reach, standalone and nested.
/// </summary>
public class MinedAgreementTests
{
    private static readonly Lazy<IReadOnlyList<SpecFile>> Specs = new(() =>
        MinedSample.Specs.Select(s => SpecFile.Read(JsonNode.Parse(s.Text)!.AsObject())).ToList());

    private static readonly Lazy<IReadOnlyList<(string Name, string Text)>> Sources = new(Generate);

    private static readonly Lazy<IReadOnlyList<AgreementCase>> Cases = new(() =>
        Specs.Value.SelectMany(s => s.Types).SelectMany(CaseBuilder.For)
            .SelectMany(c => Nesting.InRequest(c) is { } nested ? new[] { c, nested } : new[] { c })
            .ToList());

    private static readonly Lazy<IReadOnlyDictionary<string, (ISet<string> CompileTime, ISet<string> RunTime)>> Outcomes = new(() =>
        Cases.Value.Zip(AgreementRun.Evaluate(Cases.Value, Sources.Value)).ToDictionary(x => NameOf(x.First), x => x.Second));

    public static TheoryData<string> CaseNames() => new(Cases.Value.Select(NameOf));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void The_analyzer_and_the_validator_agree_on_mined_constraints(string name) =>
        AgreementRun.AssertAgree(Cases.Value.Single(c => NameOf(c) == name), Outcomes.Value[name]);

    [Fact]
    public void Every_mined_constraint_of_the_sample_has_a_breaking_case_and_the_sample_has_every_kind()
    {
        var mined = Specs.Value.SelectMany(s => s.Types.Select(t => (s.Namespace, Type: t)))
            .SelectMany(x => x.Type.Members.SelectMany(m => m.Constraints.Concat(m.ItemConstraints))
                .Where(c => (string?)c["severity"] == "warning")
                .Select(c => (x.Namespace, Id: (string)c["id"]!, Kind: (string)c["kind"]!)))
            .ToHashSet();
        var generated = Sources.Value
            .SelectMany(s => System.Text.RegularExpressions.Regex.Matches(s.Text, "Constraint\\(\"([^\"]+)\"[^\\n]*RuleSeverity.Warning").Select(m => m.Groups[1].Value))
            .ToHashSet();

        Assert.Equal(MinedSample.Services.Length, mined.Select(m => m.Namespace).Distinct().Count());
        Assert.Superset(new HashSet<string> { "range", "length", "itemCount", "allowedValues" }, mined.Select(m => m.Kind).ToHashSet());
        Assert.Equal(mined.Select(m => m.Id).ToHashSet(), generated);
        var breaking = Cases.Value.Where(c => c.Violates).Select(c => (c.Type.File.Namespace, c.RuleId)).ToHashSet();
        Assert.Equal([], mined.Where(m => !breaking.Contains((m.Namespace, m.Id))).Select(m => m.Namespace + " " + m.Id));
    }

    private static string NameOf(AgreementCase @case) => $"{@case.Type.File.Namespace}:{@case.Name}";

    private static IReadOnlyList<(string, string)> Generate()
    {
        var files = MinedSample.Specs.Select(s => GeneratorHarness.Spec(s.Text, s.Path)).ToArray();
        var result = GeneratorHarness.Run(LanguageVersion.CSharp12, files).Result;
        Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        return result.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToList();
    }
}
