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

    /// <summary>
    /// <c>valid</c>, or whether the request is valid with how many errors and warnings, then one violation a line:
    /// <c>valid, 1 warning:</c> / <c>warning DescribeInstances.Limit.range at /Limit: …</c>. Warnings (constraints read
    /// from the documentation, which the service may not enforce) leave a request valid.
    /// </summary>
    public override string ToString()
    {
        if (Violations.Count == 0)
        {
            return "valid";
        }

        var errors = 0;
        foreach (var violation in Violations)
        {
            errors += violation.Severity == RuleSeverity.Error ? 1 : 0;
        }

        var warnings = Violations.Count - errors;
        var counts = new List<string>(2);
        if (errors > 0)
        {
            counts.Add(errors == 1 ? "1 error" : $"{errors} errors");
        }

        if (warnings > 0)
        {
            counts.Add(warnings == 1 ? "1 warning" : $"{warnings} warnings");
        }

        return $"{(HasErrors ? "invalid" : "valid")}, {string.Join(" and ", counts)}:{Environment.NewLine}{string.Join(Environment.NewLine, Violations)}";
    }
}
