using TcApi.Contract;

namespace TcApi.Generator.Model;

/// <summary>
/// Where a constraint or rule comes from: a quoted documented sentence, or the reason it was inferred. A mined
/// constraint also names where the sentence was read (<see cref="Source"/>) and how sure the reader was.
/// </summary>
internal sealed record Provenance(bool Documented, string Text, string? Source = null, string? Confidence = null);

/// <summary>
/// A constraint on one value. Range uses all four bounds; length and item count use <see cref="Minimum"/> and
/// <see cref="Maximum"/>; pattern uses <see cref="Pattern"/>; allowed values use <see cref="Values"/> (wire text).
/// </summary>
internal sealed record ConstraintModel(
    string Id,
    ConstraintKind Kind,
    string Message,
    RuleSeverity Severity,
    string ErrorCode,
    Provenance Provenance,
    decimal? Minimum,
    decimal? Maximum,
    decimal? ExclusiveMinimum,
    decimal? ExclusiveMaximum,
    string? Pattern,
    EquatableArray<string> Values = default);
