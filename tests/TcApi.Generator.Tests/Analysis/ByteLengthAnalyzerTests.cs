using Microsoft.CodeAnalysis;

namespace TcApi.Generator.Tests.Analysis;

/// <summary>
/// A literal longer in UTF-8 bytes than a <c>byteLength</c> constraint allows is TCAPI1015 (curated) or TCAPI2015
/// (documented), counted as the generated validator counts it — bytes, not characters.
/// </summary>
public class ByteLengthAnalyzerTests
{
    private const string Notes = """
        [TcApi.Constraints.ApiObject("custom", "1", "Notes")]
        public sealed record Notes
        {
            [TcApi.Constraints.ByteLengthConstraint("Notes.Title.byteLength", "{member} should be at most {maxBytes} bytes long in UTF-8 (was {bytes})", MaxBytes = 6, Severity = TcApi.Validation.RuleSeverity.Warning, Documented = "标题，最大长度不能超过6个字节。")]
            public string? Title { get; init; }

            [TcApi.Constraints.ByteLengthConstraint("Notes.Keys.byteLength", "{member} item {index} must be {minBytes} to {maxBytes} bytes (was {bytes})", MinBytes = 2, MaxBytes = 4, AppliesToItems = true)]
            public System.Collections.Generic.IReadOnlyList<string>? Keys { get; init; }
        }
        """;

    private static string Method(string body, bool withNotes = false) => $$"""
        class C
        {
            void M()
            {
                {{body}}
            }
        }

        {{(withNotes ? Notes : string.Empty)}}
        """;

    private const string Volume = "VolumeName = \"data-1\", SizeGb = 100, DiskType = DiskType.CloudSsd";

    [Fact]
    public Task A_curated_byte_length_is_TCAPI1015_counting_UTF8_bytes() =>
        Verify.Analyzer(
            Method($"var v = new CreateVolumeRequest {{ {Volume}, Remark = {{|#0:\"数据盘一a\"|}} }};"),
            Verify.Diagnostic("TCAPI1015").WithLocation(0).WithArguments("Remark must be at most 12 bytes in UTF-8 (was 13)", "CreateVolume.Remark.byteLength"));

    [Fact]
    public Task Text_at_the_byte_limit_is_no_diagnostic_though_characters_are_fewer() =>
        Verify.Analyzer(Method($"var v = new CreateVolumeRequest {{ {Volume}, Remark = \"数据盘一\" }}; var w = v with {{ Remark = \"😀😀😀\" }};"));

    [Fact]
    public Task A_documented_byte_length_is_TCAPI2015_quoting_its_sentence() =>
        Verify.Analyzer(
            Method("var n = new Notes { Title = {|#0:\"标题三\"|} };", withNotes: true),
            Verify.Diagnostic("TCAPI2015").WithSeverity(DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments("Title should be at most 6 bytes long in UTF-8 (was 9)", "Notes.Title.byteLength", "标题，最大长度不能超过6个字节。"));

    [Fact]
    public Task Each_item_of_a_list_is_counted_on_its_own() =>
        Verify.Analyzer(
            Method("var n = new Notes { Keys = [\"ab\", {|#0:\"a\"|}, \"键\", {|#1:\"ééé\"|}] };", withNotes: true),
            Verify.Diagnostic("TCAPI1015").WithLocation(0).WithArguments("Keys item 1 must be 2 to 4 bytes (was 1)", "Notes.Keys.byteLength"),
            Verify.Diagnostic("TCAPI1015").WithLocation(1).WithArguments("Keys item 3 must be 2 to 4 bytes (was 6)", "Notes.Keys.byteLength"));
}
