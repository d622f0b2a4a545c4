namespace TcApi.Generator.Model;

internal enum ConstraintKind
{
    /// <summary>Synthesised for a required member: it must be present.</summary>
    Required,

    /// <summary>Synthesised for an enumeration member: its value must be defined.</summary>
    DefinedEnum,
    Range,
    Length,
    Pattern,
    ItemCount,
    UniqueItems,
}

internal enum Severity
{
    Error,
    Warning,
}

/// <summary>Where a constraint or rule comes from: a quoted documented sentence, or the reason it was inferred.</summary>
internal sealed record Provenance(bool Documented, string Text);

/// <summary>
/// A constraint on one value. Range uses all four bounds; length and item count use
/// <see cref="Minimum"/> and <see cref="Maximum"/>; pattern uses <see cref="Pattern"/>.
/// </summary>
internal sealed record ConstraintModel(
    string Id,
    ConstraintKind Kind,
    string Message,
    Severity Severity,
    string ErrorCode,
    Provenance Provenance,
    long? Minimum,
    long? Maximum,
    long? ExclusiveMinimum,
    long? ExclusiveMaximum,
    string? Pattern);
