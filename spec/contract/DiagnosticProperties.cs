namespace TcApi.Contract;

/// <summary>The keys of the data the analyzer passes to the code fixes in <c>Diagnostic.Properties</c>.</summary>
internal static class DiagnosticProperties
{
    /// <summary>The spec's rule id.</summary>
    public const string RuleId = nameof(RuleId);

    /// <summary>The C# property the fix changes (for a single-member constraint, only named in the fix's title).</summary>
    public const string FixMember = nameof(FixMember);

    /// <summary>C# source of the value the fix assigns to <see cref="FixMember"/> or puts in place of the reported value (clamp, allowed value, compare, implies).</summary>
    public const string FixValue = nameof(FixValue);

    /// <summary>"true" when the fix removes the diagnostic's list item (a duplicate).</summary>
    public const string RemoveItem = nameof(RemoveItem);

    /// <summary>Comma-separated properties of which the fixes may remove one (one-of rules), or the one to remove (implies absent).</summary>
    public const string RemovableMembers = nameof(RemovableMembers);
}
