using TcApi.Generator.Emit.Code;
using TcApi.Generator.Emit.Docs;

namespace TcApi.Generator.Emit.Emitters.Parts;

/// <summary>The properties of a type: documentation, the attributes that carry constraints into metadata, the declaration.</summary>
internal static class PropertiesPart
{
    public static void Write(SourceWriter w, TypeCode type, string accessibility)
    {
        foreach (var member in type.Members)
        {
            w.Line();
            DocComments.Property(w, member);
            if (member.Member.WireName != member.Property)
            {
                w.Line($"[global::TcApi.Constraints.WireName({CSharpLiteral.String(member.WireName)})]");
            }

            if (type.Role == TypeRole.Input)
            {
                foreach (var constraint in member.Member.Constraints)
                {
                    w.Line(AttributeCode.ForConstraint(constraint, appliesToItems: false));
                }

                foreach (var constraint in member.Member.ItemConstraints)
                {
                    w.Line(AttributeCode.ForConstraint(constraint, appliesToItems: true));
                }
            }

            if (member.Member.Deprecated)
            {
                w.Line("[global::System.Obsolete(\"Tencent's metadata marks this member disabled.\")]");
            }

            var required = member.HasRequiredModifier ? "required " : string.Empty;
            var initializer = member.Initializer is { } value ? " = " + value + ";" : string.Empty;
            w.Line($"public {required}{member.PropertyType} {member.Property} {{ get; init; }}{initializer}");
        }

        if (type.Role == TypeRole.Input)
        {
            KnownValuesPart.Write(w, type, accessibility);
        }
    }
}
