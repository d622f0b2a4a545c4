using System.Collections.Generic;
using System.Linq;

namespace TcApi.Generator.Emit.Views;

/// <summary>The request's writer (direct <c>Utf8JsonWriter</c> calls) and reader (used by the local emulator).</summary>
internal sealed class WireView : FileView
{
    public WireView(EmitUnit unit)
        : base(unit.Header)
    {
        var action = unit.Action!;
        var members = ActionCode.Input(unit);
        TypeName = action.Name + "Request";
        ActionName = CSharpLiteral.String(action.Name);
        Writes = members.Select(Write).ToList();
        NameFields = members.Select(m => new NameField(m.NameField, CSharpLiteral.String(m.Member.WireName))).ToList();
        Reads = members.Select(m => ReaderMember.Create(m, "/" + m.Member.WireName)).ToList();
    }

    public string TypeName { get; }

    public string ActionName { get; }

    /// <summary>Property names encoded once, so writing does not escape them on every call.</summary>
    public IReadOnlyList<NameField> NameFields { get; }

    internal sealed record NameField(string Field, string WireName);

    /// <summary>The statements that write each member, one list per member.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Writes { get; }

    public IReadOnlyList<ReaderMember> Reads { get; }

    private static IReadOnlyList<string> Write(MemberCode code)
    {
        var name = code.Member.PropertyName;
        var value = code.IsRequiredInCSharp ? name : code.Local;
        var body = new List<string>();
        if (code.Member.IsList)
        {
            body.Add($"writer.WriteStartArray({code.NameField});");
            body.Add($"for (var index = 0; index < {value}.Count; index++)");
            body.Add("{");
            body.Add("    " + code.WriteValue($"{value}[index]"));
            body.Add("}");
            body.Add("writer.WriteEndArray();");
        }
        else
        {
            body.Add(code.WriteProperty(value));
        }

        if (code.IsRequiredInCSharp)
        {
            return body;
        }

        var guarded = new List<string> { $"if ({name} is {{ }} {code.Local})", "{" };
        guarded.AddRange(body.Select(line => line.Length == 0 ? line : "    " + line));
        guarded.Add("}");
        return guarded;
    }
}

/// <summary>How the generated readers declare, read, check and assign one member.</summary>
internal sealed class ReaderMember
{
    public string Declare { get; private set; } = string.Empty;

    public string Match { get; private set; } = string.Empty;

    public IReadOnlyList<string> Read { get; private set; } = new List<string>();

    public string? Missing { get; private set; }

    public string Assign { get; private set; } = string.Empty;

    public string Path { get; private set; } = string.Empty;

    public string MissingMessage { get; private set; } = string.Empty;

    public static ReaderMember Create(MemberCode code, string path)
    {
        var local = code.Local;
        var pathLiteral = CSharpLiteral.String(path);
        var read = code.Member.IsList
            ? new[]
            {
                $"global::TcApi.Wire.WireReader.ExpectArray(ref reader, {pathLiteral});",
                $"var items = new global::System.Collections.Generic.List<{code.ItemType}>();",
                "while (global::TcApi.Wire.WireReader.NextItem(ref reader))",
                "{",
                $"    items.Add({code.ReadValue(pathLiteral, "items.Count")});",
                "}",
                string.Empty,
                $"{local} = items;",
            }
            : new[] { $"{local} = {code.ReadValue(pathLiteral, "-1")};" };
        var nullable = code.IsValueType ? code.ValueType + "?" : code.ValueType + "?";
        return new ReaderMember
        {
            Declare = $"{nullable} {local} = null;",
            Match = $"reader.ValueTextEquals({code.WireNameUtf8})",
            Read = read,
            Missing = code.Member.Required ? $"{local} is null" : null,
            Assign = $"{code.Member.PropertyName} = {local}{(code.Member.Required && code.IsValueType ? ".Value" : string.Empty)},",
            Path = pathLiteral,
            MissingMessage = CSharpLiteral.String($"The required parameter {code.Member.WireName} is missing."),
        };
    }
}
