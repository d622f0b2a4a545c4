namespace TcApi.Import.Mining;

/// <summary>The single-member constraint kinds the reader finds in documentation.</summary>
public enum MinedKind
{
    Range,
    Length,
    ItemCount,
    AllowedValues,
}

/// <summary>The cross-member rule kinds the reader finds in documentation.</summary>
public enum MinedRuleKind
{
    AtLeastOneOf,
    AtMostOneOf,
    ExactlyOneOf,
}

/// <summary>
/// How sure the reader is. <see cref="High"/>: the sentence labels the constraint (取值范围, 可选值, 长度不超过, 最大值为,
/// "Valid values", "maximum value"). <see cref="Medium"/>: the constraint is read from a pattern without such a label
/// (a bare <c>1~100</c>, <c>最多 20 个</c>, a list of codes with meanings under a plain heading).
/// </summary>
public enum MinedConfidence
{
    High,
    Medium,
}

/// <summary>
/// One constraint read from a member's documentation. Range bounds use all four bound properties; a length or an item
/// count uses <see cref="Minimum"/> and <see cref="Maximum"/>; allowed values use <see cref="Values"/> (integers written
/// in invariant culture when <see cref="IntegerValues"/>). <see cref="OnItems"/>: it constrains each item of a list.
/// </summary>
public sealed record MinedConstraint(
    MinedKind Kind,
    bool OnItems,
    decimal? Minimum,
    decimal? Maximum,
    decimal? ExclusiveMinimum,
    decimal? ExclusiveMaximum,
    IReadOnlyList<string> Values,
    bool IntegerValues,
    string Quote,
    MinedConfidence Confidence,
    string Language)
{
    /// <summary>Whether two readings state the same constraint (the quote and language aside).</summary>
    public bool SameFacts(MinedConstraint other) =>
        Kind == other.Kind && OnItems == other.OnItems && Minimum == other.Minimum && Maximum == other.Maximum
        && ExclusiveMinimum == other.ExclusiveMinimum && ExclusiveMaximum == other.ExclusiveMaximum
        && Values.OrderBy(v => v, StringComparer.Ordinal).SequenceEqual(other.Values.OrderBy(v => v, StringComparer.Ordinal), StringComparer.Ordinal);
}

/// <summary>A rule among members of one object, read from one member's documentation.</summary>
public sealed record MinedRule(MinedRuleKind Kind, IReadOnlyList<string> Members, string Quote, MinedConfidence Confidence, string Language, string DocumentedOn);

/// <summary>
/// A length stated in bytes (<c>长度上限：1024字节</c>, <c>最大长度不能超过60个字节</c>, "Up to 255 bytes are allowed"): what
/// format 2 cannot hold yet, so it is read apart from <see cref="MinedConstraint"/> (<see cref="ConstraintMiner.MineByteLength"/>)
/// and written into a spec only when <c>ImportOptions.MineByteLengths</c> asks for it. <see cref="OnItems"/>: each item of a list.
/// </summary>
public sealed record MinedByteLength(bool OnItems, decimal? MinBytes, decimal? MaxBytes, string Quote, MinedConfidence Confidence, string Language);
