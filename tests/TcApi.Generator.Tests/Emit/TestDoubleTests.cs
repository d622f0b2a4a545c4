using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TcApi.Generator.Tests.Emit;

/// <summary>A generated client can be replaced in a test: its calls are virtual, and a double needs no transport.</summary>
public class TestDoubleTests
{
    private const string Double = """
        using System.Threading;
        using System.Threading.Tasks;
        using TcApi.Gaap.V20180529;

        public sealed class FakeGaap : GaapClient
        {
            public override Task<DescribeTCPListenersResponse> DescribeTCPListenersAsync(DescribeTCPListenersRequest request, CancellationToken cancellationToken = default) =>
                Task.FromResult(new DescribeTCPListenersResponse
                {
                    TotalCount = 1,
                    ListenerSet = [new TCPListener { ListenerId = "lsr-1", Port = 80 }],
                    RequestId = "req-1",
                });

            public override async System.Collections.Generic.IAsyncEnumerable<DescribeCertificatesResponse> DescribeCertificatesPagesAsync(
                DescribeCertificatesRequest request, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
            {
                await Task.Yield();
                yield return new DescribeCertificatesResponse();
            }
        }
        """;

    [Fact]
    public void Every_call_of_a_client_is_virtual_and_it_has_a_protected_constructor_that_needs_no_transport()
    {
        var (_, output) = GeneratorHarness.Run(LanguageVersion.CSharp12, GeneratorHarness.Gaap());

        var client = output.GetTypeByMetadataName("TcApi.Gaap.V20180529.GaapClient")!;
        Assert.False(client.IsSealed);
        Assert.Contains(client.InstanceConstructors, c => c.DeclaredAccessibility == Accessibility.Protected && c.Parameters.IsEmpty);
        var calls = client.GetMembers().OfType<IMethodSymbol>()
            .Where(m => m.MethodKind == MethodKind.Ordinary && m.DeclaredAccessibility == Accessibility.Public && !m.IsStatic)
            // The parameterless overloads and the item walkers forward to a virtual call, so they stay as they are.
            .Where(m => !m.Name.EndsWith("ItemsAsync", StringComparison.Ordinal) && !(m.Parameters.Length == 1 && m.Parameters[0].Type.Name == "CancellationToken"))
            .ToList();
        Assert.Contains(calls, m => m.Name == "DescribeTCPListenersAsync");
        Assert.Contains(calls, m => m.Name == "DescribeCertificatesPagesAsync");
        Assert.All(calls, m => Assert.True(m.IsVirtual, m.Name + " is not virtual"));
    }

    [Fact]
    public void A_test_double_that_overrides_one_call_and_builds_its_response_with_an_initializer_compiles()
    {
        var (result, output) = GeneratorHarness.Run(LanguageVersion.CSharp12, GeneratorHarness.Gaap());
        var withDouble = output.AddSyntaxTrees(CSharpSyntaxTree.ParseText(Double, GeneratorHarness.ParseOptions()));

        Assert.Empty(result.Diagnostics);
        var problems = withDouble.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
