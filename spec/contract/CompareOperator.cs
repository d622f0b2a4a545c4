#if TCAPI_CONTRACT_INTERNAL
namespace TcApi.Contract;
#else
namespace TcApi.Constraints;
#endif

/// <summary>How a <see cref="CompareRuleAttribute"/> compares its two members.</summary>
#if TCAPI_CONTRACT_INTERNAL
internal
#else
public
#endif
enum CompareOperator
{
    /// <summary><c>&lt;</c></summary>
    LessThan,

    /// <summary><c>&lt;=</c></summary>
    LessThanOrEqual,

    /// <summary><c>&gt;</c></summary>
    GreaterThan,

    /// <summary><c>&gt;=</c></summary>
    GreaterThanOrEqual,

    /// <summary><c>==</c></summary>
    Equal,

    /// <summary><c>!=</c></summary>
    NotEqual,
}
