namespace TcApi.Constraints;

/// <summary>
/// A string or integer must be one of the listed values (their wire text). Unlike an enumeration, the member keeps
/// its plain type, so a value the documentation does not list yet can still be sent.
/// </summary>
public sealed class AllowedValuesConstraintAttribute : MemberConstraintAttribute
{
    /// <summary>Creates the constraint with its <paramref name="values"/>.</summary>
    public AllowedValuesConstraintAttribute(string ruleId, string message, params string[] values)
        : base(ruleId, message)
    {
        Values = values;
    }

    /// <summary>The allowed values, as written on the wire.</summary>
    public string[] Values { get; }
}
