namespace TcApi.Import.Tests.Mining.Evaluation;

/// <summary>
/// The figures of the sealed set's one scoring (docs/constraint-mining.md), held as floors. Until that scoring they are
/// the targets; afterwards they are the measured figures, rounded down to a tenth of a percent.
/// </summary>
internal static class SealedFloors
{
    public const double RangePrecision = 0.99;
    public const double LengthPrecision = 0.99;
    public const double ItemCountPrecision = 0.99;
    public const double AllowedValuesPrecision = 0.98;
    public const double RangeRecall = 0.85;
    public const double LengthRecall = 0.85;
    public const double ItemCountRecall = 0.70;
    public const double AllowedValuesRecall = 0.80;
}
