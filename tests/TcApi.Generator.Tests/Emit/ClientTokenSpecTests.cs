using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TcApi.Generator.Tests.Spec;

namespace TcApi.Generator.Tests.Emit;

/// <summary>
/// The spec's <c>clientToken</c> key alone decides which member is an action's idempotency key: a member named
/// ClientToken without it gets no token handling; the key names any string member; an overlay adds, corrects or removes it.
/// </summary>
public class ClientTokenSpecTests
{
    private const string WithTokenMember = "\"name\": \"Label\", \"type\": \"string\", \"description\": \"A label.\" },\n        { \"name\": \"ClientToken\", \"type\": \"string\", \"description\": \"A token.\" }";

    private static string Spec(string clientToken) => MinimalSpec.Text
        .Replace("\"name\": \"Label\", \"type\": \"string\", \"description\": \"A label.\" }", WithTokenMember, StringComparison.Ordinal)
        .Replace("\"description\": \"Pings.\",", "\"description\": \"Pings.\", " + clientToken, StringComparison.Ordinal);

    private static string ActionInfo(GeneratorRunResult result)
    {
        var requests = result.GeneratedSources.Single(s => s.HintName.EndsWith("Requests.g.cs", StringComparison.Ordinal)).SourceText.ToString();
        const string Marker = "ActionInfo { get; } =";
        var start = requests.IndexOf(Marker, StringComparison.Ordinal) + Marker.Length;
        return requests[start..requests.IndexOf(';', start)];
    }

    private static GeneratorRunResult Overlaid(string baseClientToken, string overlayClientToken)
    {
        var overlay = $$"""
            { "formatVersion": 2, "service": "mini", "apiVersion": "2020-01-01",
              "actions": { "Ping": { "clientToken": {{overlayClientToken}} } } }
            """;
        var (result, _) = GeneratorHarness.Run(
            LanguageVersion.CSharp12,
            GeneratorHarness.Spec(Spec(baseClientToken), "/specs/mini.tcapi.json"),
            GeneratorHarness.Spec(overlay, "/specs/mini.tcapi-overlay.json"));
        Assert.Empty(result.Diagnostics);
        return result;
    }

    [Fact]
    public void A_member_named_ClientToken_without_the_key_gets_no_token_handling()
    {
        var (result, output) = GeneratorHarness.Run(Spec(string.Empty));

        Assert.Empty(result.Diagnostics);
        Assert.DoesNotContain("ClientToken", ActionInfo(result), StringComparison.Ordinal);
        Assert.Contains("Not idempotent: a call that may have reached the service is not retried.", result.GeneratedSources.Single(s => s.HintName.EndsWith("Requests.g.cs", StringComparison.Ordinal)).SourceText.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void The_key_marks_the_member_it_names_for_the_client_and_the_remarks_say_so()
    {
        var (result, output) = GeneratorHarness.Run(Spec("\"clientToken\": { \"member\": \"ClientToken\", \"provenance\": { \"documented\": \"Ensures idempotency.\" } },"));

        Assert.Empty(result.Diagnostics);
        Assert.Contains("{ ClientTokenMember = \"ClientToken\" }", ActionInfo(result), StringComparison.Ordinal);
        Assert.Contains("Idempotency key <c>ClientToken</c>", result.GeneratedSources.Single(s => s.HintName.EndsWith("Requests.g.cs", StringComparison.Ordinal)).SourceText.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void The_key_may_name_another_string_member_and_false_means_none()
    {
        var (other, _) = GeneratorHarness.Run(Spec("\"clientToken\": { \"member\": \"Label\" },"));
        var (none, _) = GeneratorHarness.Run(Spec("\"clientToken\": false,"));

        Assert.Empty(other.Diagnostics);
        Assert.Contains("{ ClientTokenMember = \"Label\" }", ActionInfo(other), StringComparison.Ordinal);
        Assert.Empty(none.Diagnostics);
        Assert.DoesNotContain("ClientToken", ActionInfo(none), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"clientToken\": { \"member\": \"ClientTokn\" },", "TCAPI0008", "names the unknown input member 'ClientTokn'")]
    [InlineData("\"clientToken\": { \"member\": \"Count\" },", "TCAPI0005", "'Count' must be a string member")]
    [InlineData("\"clientToken\": { \"member\": \"Mode\" },", "TCAPI0005", "'Mode' must be a string member")]
    [InlineData("\"clientToken\": { \"provenance\": { \"inferred\": \"test\" } },", "TCAPI0003", "member")]
    [InlineData("\"clientToken\": { \"member\": \"ClientToken\", \"name\": \"x\" },", "TCAPI0002", "name")]
    [InlineData("\"clientToken\": true,", "TCAPI0004", "clientToken")]
    [InlineData("\"clientToken\": \"ClientToken\",", "TCAPI0004", "clientToken")]
    public void A_bad_clientToken_is_an_error_at_its_place(string clientToken, string id, string messagePart)
    {
        var spec = Spec(clientToken);
        var (result, _) = GeneratorHarness.Run(spec);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Contains(messagePart, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("action 'Ping': clientToken", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal("/specs/test.tcapi.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void An_overlay_adds_corrects_and_removes_the_key()
    {
        const string Found = "\"clientToken\": { \"member\": \"ClientToken\" },";

        Assert.Contains("{ ClientTokenMember = \"ClientToken\" }", ActionInfo(Overlaid(string.Empty, "{ \"member\": \"ClientToken\", \"provenance\": { \"documented\": \"Ensures idempotency.\" } }")), StringComparison.Ordinal);
        Assert.Contains("{ ClientTokenMember = \"Label\" }", ActionInfo(Overlaid(Found, "{ \"member\": \"Label\", \"provenance\": { \"inferred\": \"The service keys repeats on Label.\" } }")), StringComparison.Ordinal);
        Assert.DoesNotContain("ClientToken", ActionInfo(Overlaid(Found, "false")), StringComparison.Ordinal);
    }
}
