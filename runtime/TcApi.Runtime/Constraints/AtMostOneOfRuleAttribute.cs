namespace TcApi.Constraints;

/// <summary>At most one of the members may be present.</summary>
public sealed class AtMostOneOfRuleAttribute : CrossFieldRuleAttribute
{
    /// <summary>Creates the rule over <paramref name="members"/>.</summary>
    public AtMostOneOfRuleAttribute(string ruleId, string message, params string[] members)
        : base(ruleId, message)
    {
        Members = members;
    }

    /// <summary>The members, of which at most one may be present.</summary>
    public string[] Members { get; }
}
