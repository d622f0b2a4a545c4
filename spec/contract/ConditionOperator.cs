#if TCAPI_CONTRACT_INTERNAL
namespace TcApi.Contract;
#else
namespace TcApi.Constraints;
#endif

/// <summary>A test on one member, used by <see cref="ImpliesRuleAttribute"/>.</summary>
#if TCAPI_CONTRACT_INTERNAL
internal
#else
public
#endif
enum ConditionOperator
{
    /// <summary>The member is present and equals the single value.</summary>
    Equals,

    /// <summary>The member is absent or differs from the single value.</summary>
    NotEquals,

    /// <summary>The member is present and equals one of the values.</summary>
    In,

    /// <summary>The member is present.</summary>
    Present,

    /// <summary>The member is absent.</summary>
    Absent,
}
