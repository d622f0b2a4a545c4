using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TcApi.Generator.Tests.Emit;

public class ClientTokenFlagTests
{
    [Fact]
    public void A_GAAP_action_the_importer_found_a_ClientToken_for_is_marked_for_the_client_and_no_other()
    {
        var (result, output) = GeneratorHarness.Run(LanguageVersion.CSharp12, GeneratorHarness.Gaap());
        var text = string.Join("\n", result.GeneratedSources.Select(s => s.SourceText.ToString()));

        string ActionInfoOf(string request)
        {
            var start = text.IndexOf($"partial record {request} ", StringComparison.Ordinal);
            Assert.True(start >= 0, $"{request} was not generated");
            const string Marker = "ActionInfo { get; } =";
            var info = text.IndexOf(Marker, start, StringComparison.Ordinal) + Marker.Length;
            return text[info..text.IndexOf(';', info)];
        }

        // The importer gave CloseProxies the clientToken key (its ClientToken is documented as the idempotency key); CreateTCPListeners has none.
        Assert.Contains("{ ClientTokenMember = \"ClientToken\" }", ActionInfoOf("CloseProxiesRequest"), StringComparison.Ordinal);
        Assert.DoesNotContain("ClientToken", ActionInfoOf("CreateTCPListenersRequest"), StringComparison.Ordinal);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }
}
