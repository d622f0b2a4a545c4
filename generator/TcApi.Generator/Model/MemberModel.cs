namespace TcApi.Generator.Model;

internal enum ScalarKind
{
    String,
    Integer,
    Float,
    Boolean,
    Flag,
    Enum,
    Object,
    Binary,
}

/// <summary>The C# type an integer member gets: <c>int</c> when its declared range fits, <c>ulong</c> when it needs it.</summary>
internal enum IntegerType
{
    Int64,
    Int32,
    UInt64,
}

/// <summary>Where a member's documentation comes from.</summary>
internal enum DocSource
{
    Spec,
    English,
    Chinese,
    Overlay,
}

/// <summary>
/// A member of a request, response or object. A list member's <see cref="Scalar"/> is the type of its items;
/// <see cref="ItemConstraints"/> apply to each item and <see cref="Constraints"/> to the member itself.
/// <see cref="Reference"/> is the spec name of the enum or object the member refers to, <see cref="TypeName"/> its C#
/// name; <see cref="Format"/> is the wire format the spec names (<c>uint64</c>, <c>datetime</c>, ...), as documentation.
/// </summary>
internal sealed record MemberModel(
    string WireName,
    string PropertyName,
    ScalarKind Scalar,
    bool IsList,
    IntegerType Integer,
    string? Reference,
    string? TypeName,
    string? Format,
    bool Required,
    bool Nullable,
    bool Deprecated,
    string Description,
    DocSource DescriptionSource,
    string? DescriptionZh,
    string? Remarks,
    string? ExampleJson,
    EquatableArray<ConstraintModel> Constraints,
    EquatableArray<ConstraintModel> ItemConstraints);
