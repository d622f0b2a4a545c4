using TcApi.Generator.Emit.Code;

namespace TcApi.Generator.Emit.Emitters.Parts;

/// <summary>
/// Value equality for a record with list members: the compiler's would compare lists by reference. Types without
/// lists keep the compiler's equality.
/// </summary>
internal static class EqualityPart
{
    /// <param name="extraString">A string property the type declares beside its members (a response's RequestId).</param>
    public static void Write(SourceWriter w, TypeCode type, string? extraString = null)
    {
        if (!type.HasLists)
        {
            return;
        }

        w.Line();
        w.Line("/// <summary>Whether <paramref name=\"other\"/> has equal members; lists are compared by content.</summary>");
        w.Line($"public bool Equals({type.TypeName}? other) =>");
        w.Indent();
        var terms = new System.Collections.Generic.List<string> { "other is not null" };
        terms.AddRange(System.Linq.Enumerable.Select(type.Members, m => "&& " + m.EqualityExpression));
        if (extraString is not null)
        {
            terms.Add($"&& string.Equals({extraString}, other.{extraString}, global::System.StringComparison.Ordinal)");
        }

        for (var i = 0; i < terms.Count; i++)
        {
            w.Line(terms[i] + (i == terms.Count - 1 ? ";" : string.Empty));
        }

        w.Unindent();
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Open("public override int GetHashCode()");
        w.Line("var hash = 17;");
        foreach (var member in type.Members)
        {
            w.Line($"hash = unchecked((hash * 31) + {member.HashExpression});");
        }

        if (extraString is not null)
        {
            w.Line($"hash = unchecked((hash * 31) + ({extraString}?.GetHashCode() ?? 0));");
        }

        w.Line("return hash;");
        w.Close();
        w.Line();
        w.Open("private bool PrintMembers(global::System.Text.StringBuilder builder)");
        for (var i = 0; i < type.Members.Count; i++)
        {
            var member = type.Members[i];
            w.Line($"builder.Append(\"{(i > 0 ? ", " : string.Empty)}{member.Property} = \");");
            w.Line(member.PrintStatement);
        }

        if (extraString is not null)
        {
            w.Line($"builder.Append(\"{(type.Members.Count > 0 ? ", " : string.Empty)}{extraString} = \");");
            w.Line($"builder.Append({extraString});");
        }

        w.Line(type.Members.Count == 0 && extraString is null ? "return false;" : "return true;");
        w.Close();
    }
}
