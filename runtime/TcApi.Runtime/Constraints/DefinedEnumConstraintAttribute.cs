namespace TcApi.Constraints;

/// <summary>An enumeration value must be one of the members its enum type defines.</summary>
public sealed class DefinedEnumConstraintAttribute : MemberConstraintAttribute
{
    /// <inheritdoc />
    public DefinedEnumConstraintAttribute(string ruleId, string message)
        : base(ruleId, message)
    {
    }
}
