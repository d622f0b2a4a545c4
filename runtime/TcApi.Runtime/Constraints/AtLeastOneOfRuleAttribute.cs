using TcApi.Validation;

namespace TcApi.Constraints;

/// <summary>At least one of the members must be present.</summary>
public sealed class AtLeastOneOfRuleAttribute : CrossFieldRuleAttribute
{
    private RuleSeverity _noneSetSeverity;

    /// <summary>Creates the rule over <paramref name="members"/>.</summary>
    public AtLeastOneOfRuleAttribute(string ruleId, string message, params string[] members)
        : base(ruleId, message)
    {
        Members = members;
    }

    /// <summary>The members, of which at least one must be present.</summary>
    public string[] Members { get; }

    /// <summary>
    /// Severity of the compile-time diagnostic when an object initializer sets none of the members (a later
    /// <c>with</c> may still set one). Defaults to <see cref="ConstraintAttribute.Severity"/>.
    /// </summary>
    public RuleSeverity NoneSetSeverity
    {
        get => HasNoneSetSeverity ? _noneSetSeverity : Severity;
        set { _noneSetSeverity = value; HasNoneSetSeverity = true; }
    }

    /// <summary>Whether <see cref="NoneSetSeverity"/> was set.</summary>
    public bool HasNoneSetSeverity { get; private set; }
}
