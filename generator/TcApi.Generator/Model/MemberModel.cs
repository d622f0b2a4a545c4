namespace TcApi.Generator.Model;

internal enum ScalarKind
{
    String,
    Integer,
    Flag,
    Enum,
}

/// <summary>
/// A member of a request or response. A list member's <see cref="Scalar"/> is the type of its items;
/// <see cref="ItemConstraints"/> apply to each item and <see cref="Constraints"/> to the member itself.
/// </summary>
internal sealed record MemberModel(
    string WireName,
    string PropertyName,
    ScalarKind Scalar,
    bool IsList,
    bool FitsInt32,
    string? EnumName,
    bool Required,
    string Description,
    string? Remarks,
    string? ExampleJson,
    EquatableArray<ConstraintModel> Constraints,
    EquatableArray<ConstraintModel> ItemConstraints);
