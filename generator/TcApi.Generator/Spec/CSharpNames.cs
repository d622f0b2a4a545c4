using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace TcApi.Generator.Spec;

/// <summary>Checks and derives the C# names the emitted code uses.</summary>
internal static class CSharpNames
{
    public static bool IsIdentifier(string name) =>
        SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

    public static bool IsNamespace(string name) =>
        name.Length > 0 && name.Split('.').All(IsIdentifier);

    /// <summary>A camelCase local name that is never a keyword.</summary>
    public static string Local(string propertyName)
    {
        var camel = char.ToLowerInvariant(propertyName[0]) + propertyName.Substring(1);
        return SyntaxFacts.GetKeywordKind(camel) == SyntaxKind.None && SyntaxFacts.GetContextualKeywordKind(camel) == SyntaxKind.None
            ? camel
            : "@" + camel;
    }

    public static string Pascal(string name) =>
        name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);
}
