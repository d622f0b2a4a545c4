namespace TcApi.Import.Mining;

/// <summary>A closed list of values read from documentation, with the words it was read from.</summary>
internal sealed record ValueList(IReadOnlyList<string> Values, MinedConfidence Confidence, string Quote)
{
    public bool SameValues(ValueList other) =>
        Values.Order(StringComparer.Ordinal).SequenceEqual(other.Values.Order(StringComparer.Ordinal), StringComparer.Ordinal);
}
