namespace TcApi.Constraints;

/// <summary>Bounds on a floating-point value (or on an integer whose bounds are not whole). Only the bounds that are set apply.</summary>
public sealed class FloatRangeConstraintAttribute : MemberConstraintAttribute
{
    private double _minimum;
    private double _maximum;
    private double _exclusiveMinimum;
    private double _exclusiveMaximum;

    /// <inheritdoc />
    public FloatRangeConstraintAttribute(string ruleId, string message)
        : base(ruleId, message)
    {
    }

    /// <summary>The smallest allowed value.</summary>
    public double Minimum { get => _minimum; set { _minimum = value; HasMinimum = true; } }

    /// <summary>The largest allowed value.</summary>
    public double Maximum { get => _maximum; set { _maximum = value; HasMaximum = true; } }

    /// <summary>The value must be greater than this.</summary>
    public double ExclusiveMinimum { get => _exclusiveMinimum; set { _exclusiveMinimum = value; HasExclusiveMinimum = true; } }

    /// <summary>The value must be less than this.</summary>
    public double ExclusiveMaximum { get => _exclusiveMaximum; set { _exclusiveMaximum = value; HasExclusiveMaximum = true; } }

    /// <summary>Whether <see cref="Minimum"/> was set.</summary>
    public bool HasMinimum { get; private set; }

    /// <summary>Whether <see cref="Maximum"/> was set.</summary>
    public bool HasMaximum { get; private set; }

    /// <summary>Whether <see cref="ExclusiveMinimum"/> was set.</summary>
    public bool HasExclusiveMinimum { get; private set; }

    /// <summary>Whether <see cref="ExclusiveMaximum"/> was set.</summary>
    public bool HasExclusiveMaximum { get; private set; }
}
