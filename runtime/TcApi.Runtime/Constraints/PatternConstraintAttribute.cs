namespace TcApi.Constraints;

/// <summary>An anchored regular expression (<c>^...$</c>, .NET syntax, culture-invariant) a string must match.</summary>
public sealed class PatternConstraintAttribute : MemberConstraintAttribute
{
    /// <summary>Creates the constraint with its <paramref name="pattern"/>.</summary>
    public PatternConstraintAttribute(string ruleId, string message, string pattern)
        : base(ruleId, message)
    {
        Pattern = pattern;
    }

    /// <summary>The anchored regular expression.</summary>
    public string Pattern { get; }
}
