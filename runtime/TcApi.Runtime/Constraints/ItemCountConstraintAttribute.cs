namespace TcApi.Constraints;

/// <summary>Bounds on the number of items of a list. Only the bounds that are set apply.</summary>
public sealed class ItemCountConstraintAttribute : MemberConstraintAttribute
{
    private int _minItems;
    private int _maxItems;

    /// <inheritdoc />
    public ItemCountConstraintAttribute(string ruleId, string message)
        : base(ruleId, message)
    {
    }

    /// <summary>The fewest items allowed.</summary>
    public int MinItems { get => _minItems; set { _minItems = value; HasMinItems = true; } }

    /// <summary>The most items allowed.</summary>
    public int MaxItems { get => _maxItems; set { _maxItems = value; HasMaxItems = true; } }

    /// <summary>Whether <see cref="MinItems"/> was set.</summary>
    public bool HasMinItems { get; private set; }

    /// <summary>Whether <see cref="MaxItems"/> was set.</summary>
    public bool HasMaxItems { get; private set; }
}
