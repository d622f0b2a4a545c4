namespace TcApi.Contract;

/// <summary>What a rule among the members of a request or object checks; a spec writes each by its name (<see cref="SpecNames"/>).</summary>
internal enum RuleKind
{
    /// <summary>Exactly one of the members is set.</summary>
    ExactlyOneOf,

    /// <summary>At most one of the members is set.</summary>
    AtMostOneOf,

    /// <summary>At least one of the members is set.</summary>
    AtLeastOneOf,

    /// <summary>When the first member is set, the others are too.</summary>
    DependentRequired,

    /// <summary>Two members compare as the operator says.</summary>
    Compare,

    /// <summary>When every condition of one side holds, every condition of the other does.</summary>
    Implies,
}
