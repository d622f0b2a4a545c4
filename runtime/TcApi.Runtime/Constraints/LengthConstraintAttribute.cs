namespace TcApi.Constraints;

/// <summary>Bounds on the length of a string, in UTF-16 code units. Only the bounds that are set apply.</summary>
public sealed class LengthConstraintAttribute : MemberConstraintAttribute
{
    private int _minLength;
    private int _maxLength;

    /// <inheritdoc />
    public LengthConstraintAttribute(string ruleId, string message)
        : base(ruleId, message)
    {
    }

    /// <summary>The shortest allowed length.</summary>
    public int MinLength { get => _minLength; set { _minLength = value; HasMinLength = true; } }

    /// <summary>The longest allowed length.</summary>
    public int MaxLength { get => _maxLength; set { _maxLength = value; HasMaxLength = true; } }

    /// <summary>Whether <see cref="MinLength"/> was set.</summary>
    public bool HasMinLength { get; private set; }

    /// <summary>Whether <see cref="MaxLength"/> was set.</summary>
    public bool HasMaxLength { get; private set; }
}
