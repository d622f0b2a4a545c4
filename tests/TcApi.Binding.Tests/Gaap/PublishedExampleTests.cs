using System.Text;
using System.Text.Json;
using TcApi.Binding.Tests.Support;
using TcApi.Gaap.V20180529;
using TcApi.Wire;

namespace TcApi.Binding.Tests.Gaap;

/// <summary>
/// Every published example of GAAP (examples.json, 104 of them) is a test vector: its input reads through the
/// generated request reader and validates as the overlay expects; its output reads into the typed response and
/// writes back carrying every value it had.
/// </summary>
public class PublishedExampleTests
{
    private static readonly IReadOnlyList<PublishedExample> Examples =
        PublishedExample.Read(SpecExamples.GaapSpecPath, SpecExamples.GaapOverlayPath);

    public static TheoryData<string> Titles()
    {
        var data = new TheoryData<string>();
        foreach (var example in Examples)
        {
            data.Add(example.ToString());
        }

        return data;
    }

    [Fact]
    public void Every_action_has_its_published_examples_here()
    {
        Assert.Equal(104, Examples.Count);
        Assert.Equal(102, Examples.Select(e => e.Action).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Titles))]
    public void The_input_reads_and_validates_as_the_overlay_expects(string name)
    {
        var example = Examples.Single(e => e.ToString() == name);
        var action = GaapActions.Find(example.Action)!;

        var request = action.ReadRequest(example.Input);
        var broken = request.Validate().Violations.Where(v => v.Severity == Validation.RuleSeverity.Error).Select(v => v.RuleId).Distinct().Order();

        Assert.Equal(example.ExpectedViolations.Order(), broken);
    }

    [Theory]
    [MemberData(nameof(Titles))]
    public void The_output_reads_and_writes_back_every_value(string name)
    {
        var example = Examples.Single(e => e.ToString() == name);
        var action = GaapActions.Find(example.Action)!;
        if (ErrorCode(example.Output!) is { } code)
        {
            // A published error answer reads as the service's typed exception.
            Assert.Equal(code, Assert.Throws<GaapApiException>(() => action.ReadResponse(example.Output)).RawCode);
            return;
        }

        var response = action.ReadResponse(example.Output);
        var written = Write(response);

        using var original = JsonDocument.Parse(example.Output);
        using var copy = JsonDocument.Parse(written);
        Assert.Null(JsonCoverage.FirstDifference(original.RootElement, copy.RootElement));
        Assert.Equal(response, action.ReadResponse(written));
    }

    [Fact]
    public void The_published_examples_that_break_documented_rules_are_exactly_those_the_overlay_lists()
    {
        var breaking = Examples.Where(e => e.ExpectedViolations.Count > 0).Select(e => $"{e}: {string.Join(", ", e.ExpectedViolations)}");

        Assert.Equal(["CreateTCPListeners: 创建TCP监听器: CreateTCPListeners.ConnectTimeoutLessThanDelayLoop"], breaking);
    }

    private static string? ErrorCode(byte[] output)
    {
        using var document = JsonDocument.Parse(output);
        return document.RootElement.GetProperty("Response").TryGetProperty("Error", out var error) ? error.GetProperty("Code").GetString() : null;
    }

    private static byte[] Write(IWireObject response)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            response.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
