using System.Collections.Generic;
using System.Globalization;
using System.Text;
using TcApi.Generator.Spec;

namespace TcApi.Generator.Emit.Code;

/// <summary>
/// The C# names of a string member's documented values, for its class of known-value constants: each run of letters
/// and digits of the value, its first letter upper-cased (<c>cn2</c> → <c>Cn2</c>, <c>ap-guangzhou</c> →
/// <c>ApGuangzhou</c>, <c>IPv4</c> stays); a name that would start with a digit is prefixed <c>Value</c>, a value with no
/// letter or digit is <c>Value&lt;n&gt;</c>, a name of a member every class inherits from <c>object</c> gets the suffix
/// <c>Value</c> (a constant <c>Equals</c> would hide <c>object.Equals</c>, CS0108), and a name taken already gets a
/// number. Every value gets a name.
/// </summary>
internal static class KnownValueNames
{
    /// <summary>What a static class inherits from <c>object</c>: a constant may not take these names without hiding them.</summary>
    private static readonly HashSet<string> InheritedNames = new(System.StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    public static IReadOnlyList<string> Of(IReadOnlyList<string> values, string className)
    {
        var taken = new HashSet<string>(System.StringComparer.Ordinal) { className };
        var names = new List<string>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            var name = Name(values[i]);
            if (name.Length == 0)
            {
                name = "Value" + (i + 1).ToString(CultureInfo.InvariantCulture);
            }
            else if (char.IsDigit(name[0]))
            {
                name = "Value" + name;
            }

            if (!CSharpNames.IsIdentifier(name))
            {
                name = "Value" + (i + 1).ToString(CultureInfo.InvariantCulture);
            }
            else if (InheritedNames.Contains(name))
            {
                name += "Value";
            }

            var candidate = name;
            for (var n = 2; !taken.Add(candidate); n++)
            {
                candidate = name + n.ToString(CultureInfo.InvariantCulture);
            }

            names.Add(candidate);
        }

        return names;
    }

    private static string Name(string value)
    {
        var name = new StringBuilder(value.Length);
        var startOfWord = true;
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c))
            {
                name.Append(startOfWord ? char.ToUpperInvariant(c) : c);
                startOfWord = false;
            }
            else
            {
                startOfWord = true;
            }
        }

        return name.ToString();
    }
}
