namespace TcApi.Constraints;

/// <summary>
/// When the condition on <see cref="WhenMember"/> (and every further <c>MoreWhen</c> condition) holds, the condition on
/// <see cref="ThenMember"/> (and every further <c>MoreThen</c> condition) must hold. Values are the C# values of the
/// members (enum members, <see langword="bool"/> for flags, numbers, strings). Further conditions are flattened
/// (attribute arguments cannot nest arrays): condition <c>i</c> takes <c>MoreWhenValueCounts[i]</c> values from
/// <c>MoreWhenValues</c> in order.
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

    /// <summary>The members of further conditions that must also hold.</summary>
    public string[] MoreWhenMembers { get; set; } = System.Array.Empty<string>();

    /// <summary>The tests of further conditions.</summary>
    public ConditionOperator[] MoreWhenOperators { get; set; } = System.Array.Empty<ConditionOperator>();

    /// <summary>How many values each further condition takes from <see cref="MoreWhenValues"/>.</summary>
    public int[] MoreWhenValueCounts { get; set; } = System.Array.Empty<int>();

    /// <summary>The values of further conditions, in order.</summary>
    public object[] MoreWhenValues { get; set; } = System.Array.Empty<object>();

    /// <summary>The members of further consequences that must also hold.</summary>
    public string[] MoreThenMembers { get; set; } = System.Array.Empty<string>();

    /// <summary>The tests of further consequences.</summary>
    public ConditionOperator[] MoreThenOperators { get; set; } = System.Array.Empty<ConditionOperator>();

    /// <summary>How many values each further consequence takes from <see cref="MoreThenValues"/>.</summary>
    public int[] MoreThenValueCounts { get; set; } = System.Array.Empty<int>();

    /// <summary>The values of further consequences, in order.</summary>
    public object[] MoreThenValues { get; set; } = System.Array.Empty<object>();
}
