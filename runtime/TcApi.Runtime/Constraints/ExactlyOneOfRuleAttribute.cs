using TcApi.Validation;

namespace TcApi.Constraints;

/// <summary>Exactly one of the members must be present.</summary>
public sealed class ExactlyOneOfRuleAttribute : CrossFieldRuleAttribute
{
    private RuleSeverity _noneSetSeverity;

    /// <summary>Creates the rule over <paramref name="members"/>.</summary>
    public ExactlyOneOfRuleAttribute(string ruleId, string message, params string[] members)
        : base(ruleId, message)
    {
        Members = members;
    }

    /// <summary>The members, of which exactly one must be present.</summary>
    public string[] Members { get; }

    /// <summary>
    /// Severity of the compile-time diagnostic when an object initializer sets none of the members (a later
    /// <c>with</c> may still set one). Defaults to <see cref="ConstraintAttribute.Severity"/>. The run-time
    /// validator always uses <see cref="ConstraintAttribute.Severity"/>.
    /// </summary>
    public RuleSeverity NoneSetSeverity
    {
        get => HasNoneSetSeverity ? _noneSetSeverity : Severity;
        set { _noneSetSeverity = value; HasNoneSetSeverity = true; }
    }

    /// <summary>Whether <see cref="NoneSetSeverity"/> was set.</summary>
    public bool HasNoneSetSeverity { get; private set; }
}
