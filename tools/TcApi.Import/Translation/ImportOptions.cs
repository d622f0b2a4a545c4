using TcApi.Import.Mining;

namespace TcApi.Import.Translation;

/// <summary>What an import does besides translating the metadata.</summary>
public sealed record ImportOptions
{
    /// <summary>The default: constraints read from the documentation are added (as warnings).</summary>
    public static readonly ImportOptions Default = new();

    /// <summary>Read constraints out of each request and input member's documentation (<see cref="ConstraintMiner"/>).</summary>
    public bool MineConstraints { get; init; } = true;

    /// <summary>
    /// Also write lengths stated in bytes (<see cref="ConstraintMiner.MineByteLength"/>) as <c>byteLength</c> constraints (on
    /// when constraints are mined at all; off only to compare imports with and without them).
    /// </summary>
    public bool MineByteLengths { get; init; } = true;
}
