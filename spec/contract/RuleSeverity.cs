#if TCAPI_CONTRACT_INTERNAL
namespace TcApi.Contract;
#else
namespace TcApi.Validation;
#endif

/// <summary>How serious a broken constraint or rule is.</summary>
#if TCAPI_CONTRACT_INTERNAL
internal
#else
public
#endif
enum RuleSeverity
{
    /// <summary>The service rejects the request; <see cref="ValidationResult.IsValid"/> becomes <see langword="false"/>.</summary>
    Error = 0,

    /// <summary>The request is suspicious but may still succeed.</summary>
    Warning = 1,
}
