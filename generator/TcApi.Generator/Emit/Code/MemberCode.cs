using System.Linq;
using TcApi.Generator.Model;

namespace TcApi.Generator.Emit.Code;

/// <summary>
/// The C# pieces of one member: its types, its local name, and how its values are read, written, compared and
/// shown. What a member's property holds depends on the role of its type (see <see cref="TypeRole"/>) and, for
/// input objects, on whether responses also carry the object (then a missing required object member reads as null).
/// </summary>
internal sealed class MemberCode
{
    private const string Reader = "global::TcApi.Wire.WireReader";
    private readonly string _namespace;

    public MemberCode(MemberModel member, string ns, EnumModel? enumModel, TypeRole role, bool alsoReadFromResponses)
    {
        Member = member;
        _namespace = ns;
        Enum = enumModel;
        Role = role;
        ItemType = member.Scalar switch
        {
            ScalarKind.String or ScalarKind.Binary => "string",
            ScalarKind.Integer => member.Integer switch
            {
                IntegerType.Int32 => "int",
                IntegerType.UInt64 => "ulong",
                _ => "long",
            },
            ScalarKind.Float => "double",
            ScalarKind.Boolean or ScalarKind.Flag => "bool",
            _ => $"global::{ns}.{member.TypeName}",
        };
        IsValueItem = member.Scalar is ScalarKind.Integer or ScalarKind.Float or ScalarKind.Boolean or ScalarKind.Flag or ScalarKind.Enum;
        ValueType = member.IsList ? $"global::System.Collections.Generic.IReadOnlyList<{ItemType}>" : ItemType;
        IsValueType = !member.IsList && IsValueItem;
        var isObject = !member.IsList && member.Scalar == ScalarKind.Object;
        if (role == TypeRole.Input)
        {
            IsRequired = member.Required;

            // C# forbids an [Obsolete] required member (CS9042): a deprecated member the service still requires is an
            // optional property, which the reader and Validate() still insist on.
            HasRequiredModifier = member.Required && !member.Deprecated;
            Nullable = !HasRequiredModifier || (isObject && alsoReadFromResponses);
            Initializer = null;
        }
        else
        {
            IsRequired = false;
            Nullable = member.Nullable || isObject;
            Initializer = Nullable || IsValueType ? null
                : member.IsList ? $"global::System.Array.Empty<{ItemType}>()"
                : "string.Empty";
        }

        PropertyType = Nullable ? ValueType + "?" : ValueType;
        LocalType = ValueType + "?";
    }

    public MemberModel Member { get; }

    public EnumModel? Enum { get; }

    public TypeRole Role { get; }

    /// <summary>The camelCase local that holds the member's value while reading, validating or writing.</summary>
    public string Local { get; set; } = string.Empty;

    public string ItemType { get; }

    public string ValueType { get; }

    public string PropertyType { get; }

    /// <summary>The type of the local a reader collects the value in: always nullable (absent).</summary>
    public string LocalType { get; }

    /// <summary>The service requires the member: a request without it is refused.</summary>
    public bool IsRequired { get; }

    /// <summary>A C# <c>required</c> member: one the service requires, unless it is deprecated.</summary>
    public bool HasRequiredModifier { get; }

    /// <summary>The property's type admits <see langword="null"/>.</summary>
    public bool Nullable { get; }

    /// <summary>The property's initial value in an output model: an empty string or list.</summary>
    public string? Initializer { get; }

    /// <summary>Whether an item is a value type (numbers, booleans, enums).</summary>
    public bool IsValueItem { get; }

    /// <summary>Whether the member itself is a value type (not a list).</summary>
    public bool IsValueType { get; }

    /// <summary>Whether the member can never be absent: a non-nullable value type.</summary>
    public bool AlwaysPresent => IsValueType && !Nullable;

    public string WireName => Member.WireName;

    public string Property => Member.PropertyName;

    public string EnumWireType => $"global::{_namespace}.{Member.TypeName}Wire";

    public string ObjectType => $"global::{_namespace}.{Member.TypeName}";

    /// <summary>The pre-encoded property name field.</summary>
    public string NameField => "s_wire" + Member.PropertyName;

    /// <summary>Reads the member at the reader's property name; null for JSON null.</summary>
    public string ReadExpression
    {
        get
        {
            var name = CSharpLiteral.String(Member.WireName);
            if (Member.IsList)
            {
                return $"{Reader}.List<{ItemType}>(ref reader, {name}, mode, {ItemReader})";
            }

            return Member.Scalar switch
            {
                ScalarKind.String or ScalarKind.Binary => $"{Reader}.String(ref reader, {name})",
                ScalarKind.Integer => $"{Reader}.{IntegerName}(ref reader, {name})",
                ScalarKind.Float => $"{Reader}.Double(ref reader, {name})",
                ScalarKind.Boolean => $"{Reader}.Boolean(ref reader, {name})",
                ScalarKind.Flag => $"{Reader}.Flag(ref reader, {name}, mode)",
                ScalarKind.Enum => $"{EnumWireType}.Read(ref reader, {name}, mode)",
                _ => $"{Reader}.Object<{ObjectType}>(ref reader, {name}, mode, {ObjectType}.ReadFrom)",
            };
        }
    }

    private string IntegerName => Member.Integer switch
    {
        IntegerType.Int32 => "Int32",
        IntegerType.UInt64 => "UInt64",
        _ => "Int64",
    };

    private string ItemReader => Member.Scalar switch
    {
        ScalarKind.String or ScalarKind.Binary => $"{Reader}.StringValue",
        ScalarKind.Integer => $"{Reader}.{IntegerName}Value",
        ScalarKind.Float => $"{Reader}.DoubleValue",
        ScalarKind.Boolean => $"{Reader}.BooleanValue",
        ScalarKind.Flag => $"{Reader}.FlagValue",
        ScalarKind.Enum => $"{EnumWireType}.ReadValue",
        _ => $"{ObjectType}.ReadFrom",
    };

    /// <summary>The value a read local gives the property: defaults where the property admits no null.</summary>
    public string Assign(string local)
    {
        if (Nullable)
        {
            return local;
        }

        if (IsValueType)
        {
            return local + ".GetValueOrDefault()";
        }

        if (Member.IsList)
        {
            return $"{local} ?? global::System.Array.Empty<{ItemType}>()";
        }

        return Member.Scalar == ScalarKind.Object ? local + "!" : local + " ?? string.Empty";
    }

    /// <summary>The statements that write <paramref name="value"/> (the member's value, known present) as a property.</summary>
    public string[] Write(string value)
    {
        const string Writer = "global::TcApi.Wire.WireWriter";
        if (Member.IsList)
        {
            return Member.Scalar switch
            {
                ScalarKind.String or ScalarKind.Binary => new[] { $"{Writer}.Strings(writer, {NameField}, {value});" },
                ScalarKind.Integer => new[] { $"{Writer}.{IntegerName}s(writer, {NameField}, {value});" },
                ScalarKind.Float => new[] { $"{Writer}.Doubles(writer, {NameField}, {value});" },
                ScalarKind.Boolean => new[] { $"{Writer}.Booleans(writer, {NameField}, {value});" },
                ScalarKind.Flag => new[] { $"{Writer}.Flags(writer, {NameField}, {value});" },
                ScalarKind.Enum => new[] { $"{EnumWireType}.WriteList(writer, {NameField}, {value});" },
                _ => new[] { $"{Writer}.Objects(writer, {NameField}, {value});" },
            };
        }

        return Member.Scalar switch
        {
            ScalarKind.String or ScalarKind.Binary => new[] { $"writer.WriteString({NameField}, {value});" },
            ScalarKind.Integer or ScalarKind.Float => new[] { $"writer.WriteNumber({NameField}, {value});" },
            ScalarKind.Boolean => new[] { $"writer.WriteBoolean({NameField}, {value});" },
            ScalarKind.Flag => new[] { $"writer.WriteNumber({NameField}, {value} ? 1 : 0);" },
            ScalarKind.Enum => new[] { $"{EnumWireType}.Write(writer, {NameField}, {value});" },
            _ => new[] { $"writer.WritePropertyName({NameField});", $"{value}.WriteTo(writer);" },
        };
    }

    /// <summary>An expression that shows <paramref name="value"/> (of the item type) in a message, as on the wire.</summary>
    public string Show(string value) => Member.Scalar switch
    {
        ScalarKind.Flag => $"({value} ? 1 : 0)",
        ScalarKind.Boolean => $"({value} ? \"true\" : \"false\")",
        ScalarKind.Enum => $"{EnumWireType}.Describe({value})",
        _ => value,
    };

    /// <summary>A C# constant of the member's item type for a wire value from a spec condition.</summary>
    public string Constant(SpecValue value) => Member.Scalar switch
    {
        ScalarKind.Flag or ScalarKind.Boolean => CSharpLiteral.Bool(value.Bool),
        ScalarKind.Integer => CSharpLiteral.Number(value.Integer, ScalarKind.Integer, Member.Integer),
        ScalarKind.Float => CSharpLiteral.Number((decimal)value.Float, ScalarKind.Float, Member.Integer),
        ScalarKind.String or ScalarKind.Binary => CSharpLiteral.String(value.Text),
        _ => $"global::{_namespace}.{Member.TypeName}.{Enum!.Values.First(v => v.WireString == value.ToString()).Name}",
    };

    /// <summary>Equality of this member between <c>this</c> and <c>other</c>, lists by content.</summary>
    public string EqualityExpression => Member.IsList
        ? $"global::TcApi.Wire.WireEquality.ListEquals({Property}, other.{Property})"
        : $"global::System.Collections.Generic.EqualityComparer<{PropertyType}>.Default.Equals({Property}, other.{Property})";

    public string HashExpression => Member.IsList
        ? $"global::TcApi.Wire.WireEquality.ListHash({Property})"
        : IsValueType ? $"{Property}.GetHashCode()" : $"({Property}?.GetHashCode() ?? 0)";

    /// <summary>Prints the member as on the wire (enum wire values, flags as 0/1), numbers in the invariant culture.</summary>
    public string PrintStatement => Member.IsList
        ? $"global::TcApi.Wire.WireEquality.AppendList(builder, {Property});"
        : !IsValueType ? $"builder.Append({Property});"
        : Nullable ? $"if ({Property} is {{ }} {Local}) {{ global::TcApi.Wire.WireEquality.AppendValue(builder, {Show(Local)}); }} else {{ builder.Append(\"null\"); }}"
        : $"global::TcApi.Wire.WireEquality.AppendValue(builder, {Show(Property)});";
}
