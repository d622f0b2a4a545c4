using System.Collections.Generic;
using System.Linq;
using System.Text;
using TcApi.Generator.Emit.Code;

namespace TcApi.Generator.Emit.Emitters.Parts;

/// <summary>
/// The wire reader of a request or object: each member into a local, then the instance. In a request a missing
/// required member or an unknown one is an error; in a response they are tolerated (see <c>WireReadMode</c>).
/// </summary>
internal static class ReaderPart
{
    // Below this many members the chain's few comparisons cost less than the switch.
    private const int SwitchFrom = 8;

    public static void WriteObjectReader(SourceWriter w, TypeCode type)
    {
        w.Line();
        w.Line("/// <summary>Reads the object at the reader's current token.</summary>");
        w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        w.Open($"public static {type.TypeName} ReadFrom(ref global::System.Text.Json.Utf8JsonReader reader, global::TcApi.Wire.WireReadMode mode)");
        w.Line("global::TcApi.Wire.WireReader.ExpectObject(ref reader);");
        WriteLocals(w, type);
        w.Open("while (global::TcApi.Wire.WireReader.NextProperty(ref reader))");
        WriteDispatch(w, type, "global::TcApi.Wire.WireReader.Unknown(ref reader, mode);", sawData: false);
        w.Close();
        var required = type.Members.Where(m => m.IsRequired).ToList();
        if (required.Count > 0)
        {
            w.Line();
            w.Open("if (mode == global::TcApi.Wire.WireReadMode.Request)");
            foreach (var member in required)
            {
                w.Open($"if ({member.Local} is null)").Line($"throw global::TcApi.Wire.WireReader.Missing({CSharpLiteral.String(member.WireName)});").Close();
            }

            w.Close();
        }

        w.Line();
        WriteConstruction(w, type);
        w.Close();
    }

    public static void WriteLocals(SourceWriter w, TypeCode type)
    {
        foreach (var member in type.Members)
        {
            w.Line($"{member.LocalType} {member.Local} = null;");
        }
    }

    /// <summary>
    /// Reads the current property into its member's local. A type with many members switches on the name's length
    /// first, so a property is compared only with the few names of its length rather than with every name in turn.
    /// </summary>
    public static void WriteDispatch(SourceWriter w, TypeCode type, string unknown, bool sawData, string? notData = null)
    {
        if (type.Members.Count < SwitchFrom)
        {
            WriteChain(w, type.Members, unknown, sawData, notData);
            return;
        }

        w.Open("switch (global::TcApi.Wire.WireReader.NameLength(ref reader))");
        foreach (var group in type.Members.GroupBy(m => Encoding.UTF8.GetByteCount(m.WireName)).OrderBy(g => g.Key))
        {
            w.Line($"case {group.Key}:").Indent();
            WriteChain(w, group, unknown, sawData, notData);
            w.Line("break;").Unindent();
        }

        w.Line("default:").Indent().Line(unknown).Line("break;").Unindent();
        w.Close();
    }

    /// <summary>The if/else chain that reads the current property into one of <paramref name="members"/>' locals.</summary>
    private static void WriteChain(SourceWriter w, IEnumerable<MemberCode> members, string unknown, bool sawData, string? notData)
    {
        var first = true;
        foreach (var member in members)
        {
            w.Open($"{(first ? string.Empty : "else ")}if (reader.ValueTextEquals({CSharpLiteral.Utf8(member.WireName)}))");
            w.Line($"{member.Local} = {member.ReadExpression};");
            if (sawData && member.WireName != notData)
            {
                w.Line("sawData = true;");
            }

            w.Close();
            first = false;
        }

        if (first)
        {
            w.Line(unknown);
        }
        else
        {
            w.Open("else").Line(unknown).Close();
        }
    }

    public static void WriteConstruction(SourceWriter w, TypeCode type, params string[] extra)
    {
        w.Line($"return new {type.TypeName}");
        w.Line("{").Indent();
        foreach (var member in type.Members)
        {
            w.Line($"{member.Property} = {member.Assign(member.Local)},");
        }

        foreach (var line in extra)
        {
            w.Line(line);
        }

        w.Unindent().Line("};");
    }
}
