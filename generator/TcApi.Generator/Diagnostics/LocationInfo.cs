using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace TcApi.Generator.Diagnostics;

/// <summary>A place in a spec file, kept as plain values so pipeline models stay equatable.</summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
}
