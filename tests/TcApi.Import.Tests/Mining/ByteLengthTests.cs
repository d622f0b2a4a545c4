using TcApi.Import.Mining;
using TcApi.Import.Translation;
using TcApi.Import.Writing;

namespace TcApi.Import.Tests.Mining;

/// <summary>
/// Lengths stated in bytes: read apart from the lengths in characters (<see cref="ConstraintMiner.MineByteLength"/>) and
/// written into a spec as <c>byteLength</c> constraints (<see cref="ImportOptions.MineByteLengths"/>, on by default).
/// </summary>
[Collection(nameof(CorpusCollection))]
public class ByteLengthTests(CorpusFixture fixture)
{
    private static MinedByteLength? Mine(string type, string element, string chinese, string? english = null, string member = "Value") =>
        ConstraintMiner.MineByteLength(new MemberDoc("svc", "v20200101", "DoSomethingRequest", member, type, element, chinese, english));

    [Theory]
    // live ModifyLiveSnapshotTemplateRequest.Description, vpc CreateSubnetRequest.SubnetName, bh CreateAccessWhiteListRuleRequest.Source
    [InlineData("长度上限：1024字节。", null, null, 1024)]
    [InlineData("子网名称，最大长度不能超过60个字节。", null, null, 60)]
    [InlineData("ip 10.10.10.1或者网段10.10.10.0/24，最小长度4字节，最大长度40字节。", null, 4, 40)]
    // live CreateLiveStreamMonitorRequest.MonitorName: strict
    [InlineData("字段长度小于128字节（一个汉字两个字节）。", null, null, 127)]
    // gpm CreateRuleRequest.RuleScript (English)
    [InlineData("规则脚本。", "Up to 65535 bytes are allowed.", null, 65535)]
    public void A_length_in_bytes_is_read_in_bytes(string chinese, string? english, int? min, int? max)
    {
        var mined = Assert.IsType<MinedByteLength>(Mine("string", "string", chinese, english));

        Assert.Equal(min, (int?)mined.MinBytes);
        Assert.Equal(max, (int?)mined.MaxBytes);
        // and it is no length in characters
        Assert.DoesNotContain(MinerTestDoc.Describe("string", "string", chinese, english), c => c.Contains("length", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_item_of_a_list_of_strings()
    {
        // tdmq CreateCmqSubscribeRequest.BindingKey
        var mined = Assert.IsType<MinedByteLength>(Mine("list", "string", "BindingKey数量不超过5个， 每个BindingKey长度不超过64字节。", member: "BindingKey"));

        Assert.True(mined.OnItems);
        Assert.Equal(64, mined.MaxBytes);
    }

    [Theory]
    // The reader's traps hold for bytes too: a condition, advice, a part of the value, characters.
    [InlineData("若开启加密，限制60字节")]
    [InlineData("建议不超过32字节")]
    [InlineData("后缀长度不超过64字节")]
    [InlineData("名称，不超过32个字符")]
    public void Nothing_in_bytes(string chinese) => Assert.Null(Mine("string", "string", chinese));

    [Fact]
    public void The_importer_writes_byte_lengths_unless_told_not_to()
    {
        var files = fixture.Corpus.Find("vpc", "2017-03-12")!;

        var plain = SpecJson.ToText(SpecImporter.Import(files, fixture.Corpus.Sources));
        var without = SpecJson.ToText(SpecImporter.Import(files, fixture.Corpus.Sources, new ImportOptions { MineByteLengths = false }));

        Assert.DoesNotContain("\"byteLength\"", without, StringComparison.Ordinal);
        Assert.Contains("\"id\": \"CreateSubnet.SubnetName.byteLength\"", plain, StringComparison.Ordinal);
        Assert.Contains("\"maxBytes\": 60", plain, StringComparison.Ordinal);
    }
}
