using TcApi.Generator.Emit.Code;
using TcApi.Generator.Model;

namespace TcApi.Generator.Tests.Emit;

/// <summary>The sentence a documented constraint's attribute carries for its diagnostic: shortened, never curated.</summary>
public class DocumentedQuoteTests
{
    [Fact]
    public void A_short_sentence_is_kept_with_its_whitespace_collapsed() =>
        Assert.Equal("返回数量，默认为20， 最大值为100。", DocumentedQuote.Shorten("  返回数量，默认为20，\n  最大值为100。 "));

    [Fact]
    public void A_long_sentence_is_cut_to_80_characters_with_an_ellipsis()
    {
        var quote = DocumentedQuote.Shorten(new string('长', 79) + "度为[2, 15]");
        Assert.Equal(80, quote.Length);
        Assert.Equal(new string('长', 79) + "…", quote);
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        var quote = DocumentedQuote.Shorten(new string('a', 78) + "😀😀😀");
        Assert.Equal(new string('a', 78) + "…", quote);
    }

    [Fact]
    public void Only_a_documented_provenance_with_a_confidence_is_quoted()
    {
        Assert.Equal("最大值为100", DocumentedQuote.Of(new Provenance(true, "最大值为100", "gaap/v20180529 X.Limit (zh)", "high")));
        Assert.Null(DocumentedQuote.Of(new Provenance(true, "The timeout value shall be less than DelayLoop.")));
        Assert.Null(DocumentedQuote.Of(new Provenance(false, "ports are 16 bits", null, "medium")));
    }
}
