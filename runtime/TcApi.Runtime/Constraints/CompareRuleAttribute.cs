namespace TcApi.Constraints;

/// <summary><c>Left Operator Right</c> must hold; the rule is skipped when either member is absent.</summary>
public sealed class CompareRuleAttribute : CrossFieldRuleAttribute
{
    /// <summary>Creates the rule.</summary>
    public CompareRuleAttribute(string ruleId, string message, string left, CompareOperator @operator, string right)
        : base(ruleId, message)
    {
        Left = left;
        Operator = @operator;
        Right = right;
    }

    /// <summary>The member on the left of the comparison.</summary>
    public string Left { get; }

    /// <summary>The comparison.</summary>
    public CompareOperator Operator { get; }

    /// <summary>The member on the right of the comparison.</summary>
    public string Right { get; }
}
