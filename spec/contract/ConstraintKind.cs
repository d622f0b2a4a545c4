namespace TcApi.Contract;

/// <summary>
/// What a constraint on one member checks. A spec writes each kind by its name (<see cref="SpecNames"/>); the
/// generator turns each into a constraint attribute and a check in <c>Validate()</c>.
/// </summary>
internal enum ConstraintKind
{
    /// <summary>Synthesised for a required member: it must be present.</summary>
    Required,

    /// <summary>Synthesised for an enumeration member: its value must be defined.</summary>
    DefinedEnum,

    /// <summary>A number within bounds (inclusive or exclusive).</summary>
    Range,

    /// <summary>A string's length within bounds.</summary>
    Length,

    /// <summary>A string matching a regular expression.</summary>
    Pattern,

    /// <summary>A list's item count within bounds.</summary>
    ItemCount,

    /// <summary>A list without repeated items.</summary>
    UniqueItems,

    /// <summary>A string or integer must be one of listed values (documented values of a member that stays a string or number).</summary>
    AllowedValues,

    /// <summary>A string's length in UTF-8 bytes within bounds (Tencent states many limits in bytes, not characters).</summary>
    ByteLength,
}
