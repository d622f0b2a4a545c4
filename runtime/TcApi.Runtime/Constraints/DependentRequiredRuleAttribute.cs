namespace TcApi.Constraints;

/// <summary>When <see cref="Member"/> is present, every one of <see cref="RequiredMembers"/> must be present too.</summary>
public sealed class DependentRequiredRuleAttribute : CrossFieldRuleAttribute
{
    /// <summary>Creates the rule.</summary>
    public DependentRequiredRuleAttribute(string ruleId, string message, string member, params string[] requiredMembers)
        : base(ruleId, message)
    {
        Member = member;
        RequiredMembers = requiredMembers;
    }

    /// <summary>The member whose presence triggers the rule.</summary>
    public string Member { get; }

    /// <summary>The members that must then be present.</summary>
    public string[] RequiredMembers { get; }
}
