using Microsoft.CodeAnalysis;

namespace TcApi.Generator.Catalog;

/// <summary>
/// An additional file and its catalogue role (<c>spec</c>, <c>overlay</c>, <c>index</c>; null for the project's own
/// files). Equal when it is the same file object with the same role: the compiler keeps unchanged files' objects.
/// </summary>
internal sealed record ProjectFile(AdditionalText Text, string? Role);
