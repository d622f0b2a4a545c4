using System;
using System.Collections.Generic;
using System.Text;
using TcApi.Errors;

namespace TcApi.Validation;

/// <summary>Thrown when a request breaks one of its action's constraints or rules before it is sent.</summary>
public sealed class RequestValidationException : TencentCloudException
{
    /// <summary>Creates the exception for <paramref name="action"/> with its <paramref name="violations"/>.</summary>
    public RequestValidationException(string action, IReadOnlyList<ValidationViolation> violations)
        : base(action, Describe(action, violations))
    {
        Violations = violations;
    }

    /// <summary>Every violation found, in spec order.</summary>
    public IReadOnlyList<ValidationViolation> Violations { get; }

    private static string Describe(string action, IReadOnlyList<ValidationViolation> violations)
    {
        var text = new StringBuilder();
        text.Append("The ").Append(action).Append(" request is invalid (")
            .Append(violations.Count).Append(violations.Count == 1 ? " violation):" : " violations):");
        foreach (var violation in violations)
        {
            text.AppendLine().Append("  ").Append(violation.Severity == RuleSeverity.Error ? "error " : "warning ")
                .Append(violation.ToString());
        }

        return text.ToString();
    }
}
