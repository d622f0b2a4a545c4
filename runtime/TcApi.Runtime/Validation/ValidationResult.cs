using System;
using System.Collections.Generic;

namespace TcApi.Validation;

/// <summary>The outcome of validating a request: every violation found, in spec order.</summary>
public sealed class ValidationResult
{
    /// <summary>The shared result for a request without violations; returning it allocates nothing.</summary>
    public static ValidationResult Valid { get; } = new(Array.Empty<ValidationViolation>());

    /// <summary>Creates a result holding <paramref name="violations"/>.</summary>
    public ValidationResult(IReadOnlyList<ValidationViolation> violations)
    {
        Violations = violations ?? throw new ArgumentNullException(nameof(violations));
        foreach (var violation in violations)
        {
            if (violation.Severity == RuleSeverity.Error)
            {
                HasErrors = true;
                break;
            }
        }
    }

    /// <summary>Every violation, errors and warnings, in spec order.</summary>
    public IReadOnlyList<ValidationViolation> Violations { get; }

    /// <summary><see langword="true"/> when no violation has <see cref="RuleSeverity.Error"/> severity.</summary>
    public bool IsValid => !HasErrors;

    private bool HasErrors { get; }

    /// <summary>Throws <see cref="RequestValidationException"/> when the result holds an error.</summary>
    public void ThrowIfInvalid(string action)
    {
        if (HasErrors)
        {
            throw new RequestValidationException(action, Violations);
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        Violations.Count == 0 ? "valid" : string.Join(Environment.NewLine, Violations);
}
