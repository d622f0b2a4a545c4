using System.Globalization;
using TcApi.Generator.Spec;

namespace TcApi.Import.Translation;

/// <summary>
/// The deterministic C# names the importer gives what Tencent names (documented in docs/importer.md):
/// <list type="bullet">
/// <item>A data object keeps its name unless a generated type already has it (<c>&lt;Action&gt;Request</c>,
/// <c>&lt;Service&gt;Client</c>, ...): then it gets <c>Data</c>, then <c>Data2</c>, ... appended.</item>
/// <item>A member's property is its wire name with the first letter upper-cased; a name the C# type cannot use (its own
/// type's name, a member the generated type defines such as <c>Validate</c>, or a name another member already took)
/// gets <c>Value</c>, then <c>Value2</c>, ... appended.</item>
/// </list>
/// </summary>
public static class CSharpNaming
{
    public static string Pascal(string name) => CSharpNames.Pascal(name);

    /// <summary>Names of types the generator makes for the service and its actions.</summary>
    public static HashSet<string> GeneratedTypeNames(string service, IEnumerable<string> actions)
    {
        var names = new HashSet<string>(SpecParser.ServiceTypeNames(CSharpNames.Pascal(service)), StringComparer.Ordinal);
        foreach (var action in actions)
        {
            names.Add(action + "Request");
            names.Add(action + "Response");
        }

        return names;
    }

    /// <summary>The C# name of a data object, unique among <paramref name="taken"/> (which it joins).</summary>
    public static string TypeName(string name, HashSet<string> taken)
    {
        var candidate = CSharpNames.IsIdentifier(name) ? name : "_" + name;
        for (var n = 1; taken.Contains(candidate); n++)
        {
            candidate = name + "Data" + (n == 1 ? string.Empty : n.ToString(CultureInfo.InvariantCulture));
        }

        taken.Add(candidate);
        return candidate;
    }

    /// <summary>The C# property of a member of the type <paramref name="typeName"/>, unique among <paramref name="taken"/>.</summary>
    public static string PropertyName(string wireName, string typeName, HashSet<string> taken)
    {
        var pascal = CSharpNames.Pascal(wireName);
        var candidate = pascal;
        for (var n = 1; !Usable(candidate, typeName) || taken.Contains(candidate); n++)
        {
            candidate = pascal + "Value" + (n == 1 ? string.Empty : n.ToString(CultureInfo.InvariantCulture));
        }

        taken.Add(candidate);
        return candidate;
    }

    private static bool Usable(string name, string typeName) =>
        CSharpNames.IsIdentifier(name) && name != typeName && Array.IndexOf(SpecParser.ReservedPropertyNames, name) < 0;
}
