namespace TcApi.Constraints;

/// <summary>
/// When the condition on <see cref="WhenMember"/> holds, the condition on <see cref="ThenMember"/> must hold.
/// Values are the C# values of the members (enum members, <see langword="bool"/> for flags, numbers, strings).
/// </summary>
public sealed class ImpliesRuleAttribute : CrossFieldRuleAttribute
{
    /// <summary>Creates the rule.</summary>
    public ImpliesRuleAttribute(
        string ruleId,
        string message,
        string whenMember,
        ConditionOperator whenOperator,
        object[] whenValues,
        string thenMember,
        ConditionOperator thenOperator,
        object[] thenValues)
        : base(ruleId, message)
    {
        WhenMember = whenMember;
        WhenOperator = whenOperator;
        WhenValues = whenValues;
        ThenMember = thenMember;
        ThenOperator = thenOperator;
        ThenValues = thenValues;
    }

    /// <summary>The member the condition tests.</summary>
    public string WhenMember { get; }

    /// <summary>The test of the condition.</summary>
    public ConditionOperator WhenOperator { get; }

    /// <summary>The values of the condition (empty for present/absent).</summary>
    public object[] WhenValues { get; }

    /// <summary>The member the consequence tests.</summary>
    public string ThenMember { get; }

    /// <summary>The test of the consequence.</summary>
    public ConditionOperator ThenOperator { get; }

    /// <summary>The values of the consequence (empty for present/absent).</summary>
    public object[] ThenValues { get; }
}
