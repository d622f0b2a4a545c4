using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace TcApi.Tool.CorpusCheck;

/// <summary>A spec or overlay handed to the generator as the build hands it an additional file.</summary>
internal sealed class SpecAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public SpecAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text, Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
