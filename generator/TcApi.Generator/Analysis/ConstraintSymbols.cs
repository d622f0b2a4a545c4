using System.Linq;
using Microsoft.CodeAnalysis;

namespace TcApi.Generator.Analysis;

/// <summary>The runtime's constraint attribute types, resolved once per compilation.</summary>
internal sealed class ConstraintSymbols
{
    private const string Ns = "TcApi.Constraints.";

    private ConstraintSymbols(Compilation compilation)
    {
        INamedTypeSymbol? Get(string name) => compilation.GetTypeByMetadataName(Ns + name);
        MemberConstraint = Get("MemberConstraintAttribute")!;
        CrossFieldRule = Get("CrossFieldRuleAttribute")!;
        WireName = Get("WireNameAttribute");
        WireValue = Get("WireValueAttribute");
        ApiRequest = Get("ApiRequestAttribute");
        ApiObject = Get("ApiObjectAttribute");
    }

    public INamedTypeSymbol MemberConstraint { get; }

    public INamedTypeSymbol CrossFieldRule { get; }

    public INamedTypeSymbol? WireName { get; }

    public INamedTypeSymbol? WireValue { get; }

    /// <summary>The marker every generated request type carries.</summary>
    public INamedTypeSymbol? ApiRequest { get; }

    /// <summary>The marker every generated data object that requests use carries.</summary>
    public INamedTypeSymbol? ApiObject { get; }

    /// <summary>Whether <paramref name="type"/> is a generated request or request object: the types whose initializers are checked.</summary>
    public bool IsApiType(INamedTypeSymbol type) =>
        type.GetAttributes().Any(a => a.AttributeClass is { } c &&
            (SymbolEqualityComparer.Default.Equals(c, ApiRequest) || SymbolEqualityComparer.Default.Equals(c, ApiObject)));

    /// <summary>The symbols, or <see langword="null"/> when the compilation does not reference the TcApi runtime.</summary>
    public static ConstraintSymbols? Resolve(Compilation compilation) =>
        compilation.GetTypeByMetadataName(Ns + "MemberConstraintAttribute") is null ||
        compilation.GetTypeByMetadataName(Ns + "CrossFieldRuleAttribute") is null
            ? null
            : new ConstraintSymbols(compilation);

    public bool IsMemberConstraint(INamedTypeSymbol? attribute) => InheritsFrom(attribute, MemberConstraint);

    public bool IsCrossFieldRule(INamedTypeSymbol? attribute) => InheritsFrom(attribute, CrossFieldRule);

    private static bool InheritsFrom(INamedTypeSymbol? type, INamedTypeSymbol baseType)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
