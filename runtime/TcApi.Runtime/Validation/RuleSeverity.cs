namespace TcApi.Validation;

/// <summary>How serious a broken constraint or rule is.</summary>
public enum RuleSeverity
{
    /// <summary>The service rejects the request; <see cref="ValidationResult.IsValid"/> becomes <see langword="false"/>.</summary>
    Error = 0,

    /// <summary>The request is suspicious but may still succeed.</summary>
    Warning = 1,
}
