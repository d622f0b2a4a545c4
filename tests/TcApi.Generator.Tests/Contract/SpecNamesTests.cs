using System.Reflection;
using TcApi.Contract;
using TcApi.Generator.Spec;

namespace TcApi.Generator.Tests.Contract;

/// <summary>The spec's spellings of the contract (spec/contract/SpecNames.cs): one for every value, each read back as itself.</summary>
public class SpecNamesTests
{
    [Fact]
    public void Every_constraint_kind_has_a_name_and_every_writable_name_reads_back()
    {
        Assert.All(Enum.GetValues<ConstraintKind>(), kind => Assert.False(string.IsNullOrEmpty(SpecNames.Name(kind))));
        Assert.All(SpecNames.WritableConstraintKinds, name => Assert.Equal(name, SpecNames.Name(SpecNames.ConstraintKindOf(name))));
        Assert.Throws<ArgumentOutOfRangeException>(() => SpecNames.ConstraintKindOf("required"));
        Assert.Throws<ArgumentOutOfRangeException>(() => SpecNames.Name((ConstraintKind)99));
    }

    [Fact]
    public void Every_rule_kind_operator_and_severity_reads_back()
    {
        Assert.All(SpecNames.RuleKinds, name => Assert.Equal(name, SpecNames.Name(SpecNames.RuleKindOf(name))));
        Assert.Equal(Enum.GetValues<RuleKind>().Length, SpecNames.RuleKinds.Length);
        Assert.Equal(Enum.GetValues<ConditionOperator>(), SpecNames.ConditionOperators.Select(SpecNames.ConditionOperatorOf));
        Assert.Equal(Enum.GetValues<RuleSeverity>(), SpecNames.Severities.Select(SpecNames.SeverityOf));
        Assert.Equal(["<", "<=", ">", ">=", "==", "!="], Enum.GetValues<CompareOperator>().Select(SpecNames.Text));
        Assert.Throws<ArgumentOutOfRangeException>(() => SpecNames.Text((CompareOperator)99));
    }

    [Fact]
    public void The_parser_knows_the_keys_of_every_kind_a_spec_may_write()
    {
        Assert.Equal(SpecNames.WritableConstraintKinds, PrivateKeys("ConstraintBoundKeys"));
        Assert.Equal(SpecNames.RuleKinds.Order(), PrivateKeys("RuleKeys").Order());
    }

    private static IEnumerable<string> PrivateKeys(string field) =>
        ((System.Collections.IDictionary)typeof(SpecParser).GetField(field, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!).Keys.Cast<string>();
}
