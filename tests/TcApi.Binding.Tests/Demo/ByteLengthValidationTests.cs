using TcApi.Tests.Demo.V20240101;

namespace TcApi.Binding.Tests.Demo;

/// <summary>
/// A <c>byteLength</c> constraint counts UTF-8 bytes, as the service does, not characters: at most 12 bytes is four
/// CJK characters (three bytes each) or three emoji (four bytes each, two UTF-16 units each), and a byte over is a
/// violation while the character count is far below 12.
/// </summary>
public class ByteLengthValidationTests
{
    private static CreateVolumeRequest Valid() => new() { VolumeName = "data-1", SizeGb = 100, DiskType = DiskType.CloudSsd };

    private static IReadOnlyList<string> Ids(string remark) =>
        (Valid() with { Remark = remark }).Validate().Violations.Select(v => v.RuleId).ToList();

    [Theory]
    [InlineData("数据盘一", true)] // 4 characters, 12 bytes: the boundary
    [InlineData("数据盘一a", false)] // 5 characters, 13 bytes
    [InlineData("abcdefghijkl", true)] // ASCII: 12 characters, 12 bytes
    [InlineData("abcdefghijklm", false)]
    [InlineData("ééééééa", false)] // 7 characters, 13 bytes
    [InlineData("😀😀😀", true)] // 6 UTF-16 units, 12 bytes
    [InlineData("😀😀😀a", false)]
    [InlineData("", true)]
    public void Bytes_are_counted_in_UTF8_at_the_boundary(string remark, bool valid) =>
        Assert.Equal(valid ? [] : ["CreateVolume.Remark.byteLength"], Ids(remark));

    [Fact]
    public void The_message_gives_the_byte_count()
    {
        var violation = Assert.Single((Valid() with { Remark = "数据盘一a" }).Validate().Violations);

        Assert.Equal("Remark must be at most 12 bytes in UTF-8 (was 13)", violation.Message);
        Assert.Equal("InvalidParameterValue", violation.ErrorCode);
    }
}
