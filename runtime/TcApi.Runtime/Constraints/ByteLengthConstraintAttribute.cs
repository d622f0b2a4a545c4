namespace TcApi.Constraints;

/// <summary>
/// Bounds on the length of a string in UTF-8 bytes, as Tencent counts many limits ("不超过 60 个字节"); a character outside
/// ASCII takes two to four. Only the bounds that are set apply.
/// </summary>
public sealed class ByteLengthConstraintAttribute : MemberConstraintAttribute
{
    private int _minBytes;
    private int _maxBytes;

    /// <inheritdoc />
    public ByteLengthConstraintAttribute(string ruleId, string message)
        : base(ruleId, message)
    {
    }

    /// <summary>The fewest allowed bytes.</summary>
    public int MinBytes { get => _minBytes; set { _minBytes = value; HasMinBytes = true; } }

    /// <summary>The most allowed bytes.</summary>
    public int MaxBytes { get => _maxBytes; set { _maxBytes = value; HasMaxBytes = true; } }

    /// <summary>Whether <see cref="MinBytes"/> was set.</summary>
    public bool HasMinBytes { get; private set; }

    /// <summary>Whether <see cref="MaxBytes"/> was set.</summary>
    public bool HasMaxBytes { get; private set; }
}
