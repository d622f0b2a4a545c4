using TcApi.Contract;
using TcApi.Generator.Analysis;

namespace TcApi.Generator.Tests.Analysis;

/// <summary>
/// Every diagnostic the analyzer can report for a constraint or rule kind, curated and documented, is one it declares:
/// reporting an undeclared one is an AD0001 crash of the whole analyzer, not a warning.
/// </summary>
public class SupportedDiagnosticsTests
{
    [Fact]
    public void Each_kind_curated_and_documented_is_declared()
    {
        var declared = new ConstraintAnalyzer().SupportedDiagnostics.Select(d => d.Id).ToHashSet();

        var reported = Enum.GetValues<ConstraintKind>().SelectMany(k => new[] { Finding.DescriptorFor(k, null), Finding.DescriptorFor(k, "documented") })
            .Concat(Enum.GetValues<RuleKind>().SelectMany(k => new[] { Finding.DescriptorFor(k, null), Finding.DescriptorFor(k, "documented") }))
            .Select(d => d.Id)
            .ToHashSet();

        Assert.Subset(declared, reported);
    }
}
