namespace TcApi.Constraints;

/// <summary>
/// The member must be present. C# <c>required</c> enforces this when the request is built in code; the attribute
/// carries the rule id and message for the run-time validator and for tools.
/// </summary>
public sealed class RequiredConstraintAttribute : MemberConstraintAttribute
{
    /// <inheritdoc />
    public RequiredConstraintAttribute(string ruleId, string message)
        : base(ruleId, message)
    {
        ErrorCode = "MissingParameter";
    }
}
