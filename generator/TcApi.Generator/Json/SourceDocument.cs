using Microsoft.CodeAnalysis.Text;
using TcApi.Generator.Diagnostics;

namespace TcApi.Generator.Json;

/// <summary>
/// A file JSON nodes were read from. Nodes keep their document, so a tree merged from a spec and its overlays still
/// reports every problem in the file and at the line it came from.
/// </summary>
internal sealed class SourceDocument
{
    public SourceDocument(string path, SourceText text)
    {
        Path = path;
        Text = text;
    }

    public string Path { get; }

    public SourceText Text { get; }

    public LocationInfo Locate(int start, int end)
    {
        start = System.Math.Max(0, System.Math.Min(start, Text.Length));
        end = System.Math.Max(start, System.Math.Min(end, Text.Length));
        var span = TextSpan.FromBounds(start, end);
        return new LocationInfo(Path, span, Text.Lines.GetLinePositionSpan(span));
    }
}
