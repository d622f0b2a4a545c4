using System.Linq;
using TcApi.Generator.Model;
using TcApi.Generator.Spec;

namespace TcApi.Generator.Emit;

/// <summary>The C# pieces of one member: its types, local name, and how its values are read, written and shown.</summary>
internal sealed class MemberCode
{
    private readonly string _namespace;

    public MemberCode(MemberModel member, string ns, EnumModel? enumModel, bool isInput)
    {
        Member = member;
        _namespace = ns;
        Enum = enumModel;
        Local = CSharpNames.Local(member.PropertyName);
        ItemType = member.Scalar switch
        {
            ScalarKind.String => "string",
            ScalarKind.Integer => member.FitsInt32 ? "int" : "long",
            ScalarKind.Flag => "bool",
            _ => $"global::{ns}.{member.EnumName}",
        };
        ValueType = member.IsList ? $"global::System.Collections.Generic.IReadOnlyList<{ItemType}>" : ItemType;
        IsRequiredInCSharp = member.Required;
        PropertyType = IsRequiredInCSharp ? ValueType : ValueType + "?";
        IsValueType = !member.IsList && member.Scalar != ScalarKind.String;
        IsInput = isInput;
    }

    public MemberModel Member { get; }

    public EnumModel? Enum { get; }

    public bool IsInput { get; }

    public string Local { get; }

    public string ItemType { get; }

    public string ValueType { get; }

    public string PropertyType { get; }

    public bool IsRequiredInCSharp { get; }

    /// <summary>Whether the member can never be absent: a required value type.</summary>
    public bool AlwaysPresent => IsRequiredInCSharp && IsValueType;

    public bool IsValueType { get; }

    public string Path => "/" + Member.WireName;

    public string WireNameUtf8 => CSharpLiteral.Utf8(Member.WireName);

    public string EnumWireType => $"global::{_namespace}.{Member.EnumName}Wire";

    /// <summary>An expression that shows <paramref name="value"/> (of the item type) in a message, as on the wire.</summary>
    public string Show(string value) => Member.Scalar switch
    {
        ScalarKind.Flag => $"({value} ? 1 : 0)",
        ScalarKind.Enum => $"{EnumWireType}.Describe({value})",
        _ => value,
    };

    /// <summary>A C# constant of the member's item type for a wire value from a spec condition.</summary>
    public string Constant(SpecValue value) => Member.Scalar switch
    {
        ScalarKind.Flag => CSharpLiteral.Bool(value.Bool),
        ScalarKind.Integer => CSharpLiteral.Integer(value.Integer),
        ScalarKind.String => CSharpLiteral.String(value.Text),
        _ => $"global::{_namespace}.{Member.EnumName}.{Enum!.Values.First(v => v.WireString == value.ToString()).Name}",
    };

    /// <summary>The pre-encoded property name field of the request type.</summary>
    public string NameField => "s_wire" + Member.PropertyName;

    /// <summary>The statement that writes a single-value member as a property, in one writer call.</summary>
    public string WriteProperty(string value) => Member.Scalar switch
    {
        ScalarKind.String => $"writer.WriteString({NameField}, {value});",
        ScalarKind.Integer => $"writer.WriteNumber({NameField}, {value});",
        ScalarKind.Flag => $"writer.WriteNumber({NameField}, {value} ? 1 : 0);",
        _ => Enum!.IsStringOnWire ? $"writer.WriteString({NameField}, {EnumWireType}.ToWireJson({value}));" : $"writer.WriteNumber({NameField}, {EnumWireType}.ToWire({value}));",
    };

    /// <summary>The statement that writes one item <paramref name="value"/> as a JSON value.</summary>
    public string WriteValue(string value) => Member.Scalar switch
    {
        ScalarKind.String => $"writer.WriteStringValue({value});",
        ScalarKind.Integer => $"writer.WriteNumberValue({value});",
        ScalarKind.Flag => $"writer.WriteNumberValue({value} ? 1 : 0);",
        _ => Enum!.IsStringOnWire ? $"writer.WriteStringValue({EnumWireType}.ToWireJson({value}));" : $"writer.WriteNumberValue({EnumWireType}.ToWire({value}));",
    };

    /// <summary>The expression that reads one item at the reader's position.</summary>
    public string ReadValue(string path, string index) => Member.Scalar switch
    {
        ScalarKind.String => $"global::TcApi.Wire.WireReader.ReadString(ref reader, {path}, {index})",
        ScalarKind.Integer => Member.FitsInt32
            ? $"global::TcApi.Wire.WireReader.ReadInt32(ref reader, {path}, {index})"
            : $"global::TcApi.Wire.WireReader.ReadInt64(ref reader, {path}, {index})",
        ScalarKind.Flag => $"global::TcApi.Wire.WireReader.ReadFlag(ref reader, {path}, {index})",
        _ => $"{EnumWireType}.Read(ref reader, {path}, {index})",
    };
}
