namespace TcApi.Constraints;

/// <summary>Bounds on an integer value. Only the bounds that are set apply.</summary>
public sealed class RangeConstraintAttribute : MemberConstraintAttribute
{
    private long _minimum;
    private long _maximum;
    private long _exclusiveMinimum;
    private long _exclusiveMaximum;

    /// <inheritdoc />
    public RangeConstraintAttribute(string ruleId, string message)
        : base(ruleId, message)
    {
    }

    /// <summary>The smallest allowed value.</summary>
    public long Minimum { get => _minimum; set { _minimum = value; HasMinimum = true; } }

    /// <summary>The largest allowed value.</summary>
    public long Maximum { get => _maximum; set { _maximum = value; HasMaximum = true; } }

    /// <summary>The value must be greater than this.</summary>
    public long ExclusiveMinimum { get => _exclusiveMinimum; set { _exclusiveMinimum = value; HasExclusiveMinimum = true; } }

    /// <summary>The value must be less than this.</summary>
    public long ExclusiveMaximum { get => _exclusiveMaximum; set { _exclusiveMaximum = value; HasExclusiveMaximum = true; } }

    /// <summary>Whether <see cref="Minimum"/> was set.</summary>
    public bool HasMinimum { get; private set; }

    /// <summary>Whether <see cref="Maximum"/> was set.</summary>
    public bool HasMaximum { get; private set; }

    /// <summary>Whether <see cref="ExclusiveMinimum"/> was set.</summary>
    public bool HasExclusiveMinimum { get; private set; }

    /// <summary>Whether <see cref="ExclusiveMaximum"/> was set.</summary>
    public bool HasExclusiveMaximum { get; private set; }
}
