using System;

namespace TcApi.Constraints;

/// <summary>A constraint on one member, or with <see cref="AppliesToItems"/> on each item of a list member.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true, Inherited = false)]
public abstract class MemberConstraintAttribute : ConstraintAttribute
{
    /// <inheritdoc />
    protected MemberConstraintAttribute(string ruleId, string message)
        : base(ruleId, message)
    {
    }

    /// <summary><see langword="true"/> when the constraint applies to each item of a list rather than to the list.</summary>
    public bool AppliesToItems { get; set; }
}
