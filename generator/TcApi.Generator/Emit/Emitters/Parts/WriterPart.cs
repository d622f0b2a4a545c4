using TcApi.Generator.Emit.Code;

namespace TcApi.Generator.Emit.Emitters.Parts;

/// <summary>The wire writer of a type: pre-encoded names and <c>WriteTo</c>.</summary>
internal static class WriterPart
{
    public static void WriteNameFields(SourceWriter w, TypeCode type)
    {
        if (type.Members.Count == 0)
        {
            return;
        }

        w.Line();
        foreach (var member in type.Members)
        {
            w.Line($"private static readonly global::System.Text.Json.JsonEncodedText {member.NameField} = global::System.Text.Json.JsonEncodedText.Encode({CSharpLiteral.String(member.WireName)});");
        }
    }

    /// <summary>The statements that write each present member, between the object's braces.</summary>
    public static void WriteMembers(SourceWriter w, TypeCode type)
    {
        foreach (var member in type.Members)
        {
            if (member.AlwaysPresent)
            {
                foreach (var line in member.Write(member.Property))
                {
                    w.Line(line);
                }

                continue;
            }

            w.Open($"if ({member.Property} is {{ }} {member.Local})");
            foreach (var line in member.Write(member.Local))
            {
                w.Line(line);
            }

            w.Close();
        }
    }

    /// <summary><c>WriteTo</c> for a request or object: one JSON object.</summary>
    public static void WriteObject(SourceWriter w, TypeCode type, string summary)
    {
        w.Line();
        w.Line("/// <summary>");
        w.Line("/// " + summary);
        w.Line("/// </summary>");
        w.Open("public void WriteTo(global::System.Text.Json.Utf8JsonWriter writer)");
        w.Open("if (writer is null)").Line("throw new global::System.ArgumentNullException(nameof(writer));").Close();
        w.Line();
        w.Line("writer.WriteStartObject();");
        WriteMembers(w, type);
        w.Line("writer.WriteEndObject();");
        w.Close();
    }
}
