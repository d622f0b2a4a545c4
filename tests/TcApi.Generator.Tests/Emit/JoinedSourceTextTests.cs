using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using TcApi.Generator.Emit;

namespace TcApi.Generator.Tests.Emit;

/// <summary>A generated file read in place from its pieces reads exactly as the joined string would.</summary>
public class JoinedSourceTextTests
{
    private static readonly string[] Pieces = ["// header\n", "", "\n", "class A { }\n", "", "", "class B { int x; }\n", "\n"];
    private static readonly string Joined = string.Concat(Pieces);

    [Fact]
    public void Every_character_and_every_range_read_as_in_the_joined_string()
    {
        var text = new JoinedSourceText(Pieces);

        Assert.Equal(Joined.Length, text.Length);
        Assert.Equal(Joined, text.ToString());
        for (var i = 0; i < Joined.Length; i++)
        {
            Assert.Equal(Joined[i], text[i]);
        }

        for (var start = 0; start <= Joined.Length; start++)
        {
            for (var length = 0; start + length <= Joined.Length; length += 3)
            {
                Assert.Equal(Joined.Substring(start, length), text.ToString(new TextSpan(start, length)));
            }
        }
    }

    [Fact]
    public void Lines_and_the_parsed_tree_match_the_joined_string()
    {
        var text = new JoinedSourceText(Pieces);
        var expected = SourceText.From(Joined);

        Assert.Equal(expected.Lines.Select(l => l.ToString()), text.Lines.Select(l => l.ToString()));
        Assert.Equal(CSharpSyntaxTree.ParseText(expected).GetRoot().ToFullString(), CSharpSyntaxTree.ParseText(text).GetRoot().ToFullString());
        Assert.True(text.ContentEquals(expected));
    }

    [Fact]
    public void Reading_outside_the_text_throws()
    {
        var text = new JoinedSourceText(Pieces);

        Assert.Throws<ArgumentOutOfRangeException>(() => text[Joined.Length]);
        Assert.Throws<ArgumentOutOfRangeException>(() => text.CopyTo(Joined.Length - 1, new char[4], 0, 2));
        Assert.Empty(new JoinedSourceText([]).ToString());
    }
}
