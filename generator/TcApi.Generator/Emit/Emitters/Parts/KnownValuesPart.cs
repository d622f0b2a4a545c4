using System.Collections.Generic;
using System.Linq;
using TcApi.Contract;
using TcApi.Generator.Emit.Code;
using TcApi.Generator.Model;
using TcApi.Generator.Spec;

namespace TcApi.Generator.Emit.Emitters.Parts;

/// <summary>
/// For each string member of an input type whose values the spec lists (an <c>allowedValues</c> constraint, on the member
/// or its items), a nested static class of <c>const string</c> known values, <c>&lt;Property&gt;Values</c>: the member
/// stays a <c>string</c> on the wire and in C# (code that assigns strings compiles as before, and a value the list lacks
/// can still be sent), IntelliSense lists the values under the type, and the analyzer reads the constants as it reads
/// literals. Constants rather than an extensible-enum struct: no type change, no conversions, metadata only (docs/spec-format.md).
/// </summary>
internal static class KnownValuesPart
{
    public static void Write(SourceWriter w, TypeCode type, string accessibility)
    {
        var taken = new HashSet<string>(type.Members.Select(m => m.Property).Concat(SpecParser.ReservedPropertyNames)) { type.TypeName };
        foreach (var member in type.Members)
        {
            if (member.Member.Scalar != ScalarKind.String ||
                member.Member.Constraints.Concat(member.Member.ItemConstraints).FirstOrDefault(c => c.Kind == ConstraintKind.AllowedValues) is not { } allowed ||
                ClassName(member.Property, taken) is not { } className)
            {
                continue;
            }

            var names = KnownValueNames.Of(allowed.Values, className);
            w.Line();
            w.Line("/// <summary>");
            w.Line($"/// The values the documentation lists for <see cref=\"{member.Property}\"/>{(member.Member.IsList ? "'s items" : string.Empty)}, as constants: the member stays a");
            w.Line("/// <c>string</c>, so a value the list lacks can still be sent.");
            w.Line("/// </summary>");
            w.Open($"{accessibility} static class {className}");
            for (var i = 0; i < names.Count; i++)
            {
                w.Line();
                w.Line($"/// <summary>The wire value <c>{Xml(allowed.Values[i])}</c>.</summary>");
                w.Line($"public const string {names[i]} = {CSharpLiteral.String(allowed.Values[i])};");
            }

            w.Close();
        }
    }

    /// <summary><c>&lt;Property&gt;Values</c>, else <c>&lt;Property&gt;KnownValues</c> when a member has that name; none when both are taken.</summary>
    private static string? ClassName(string property, HashSet<string> taken) =>
        new[] { property + "Values", property + "KnownValues" }.FirstOrDefault(taken.Add);

    private static string Xml(string text) => text.Replace("\r", " ").Replace("\n", " ").Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
