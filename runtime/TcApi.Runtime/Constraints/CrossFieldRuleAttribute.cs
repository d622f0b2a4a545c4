using System;

namespace TcApi.Constraints;

/// <summary>A rule among several members of a request. Member names are the C# property names.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public abstract class CrossFieldRuleAttribute : ConstraintAttribute
{
    /// <inheritdoc />
    protected CrossFieldRuleAttribute(string ruleId, string message)
        : base(ruleId, message)
    {
        ErrorCode = "InvalidParameter";
    }
}
