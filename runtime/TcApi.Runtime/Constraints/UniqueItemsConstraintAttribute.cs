namespace TcApi.Constraints;

/// <summary>No two items of a list may be equal.</summary>
public sealed class UniqueItemsConstraintAttribute : MemberConstraintAttribute
{
    /// <inheritdoc />
    public UniqueItemsConstraintAttribute(string ruleId, string message)
        : base(ruleId, message)
    {
    }
}
