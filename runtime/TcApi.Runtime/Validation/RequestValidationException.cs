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
        : this(action, violations, Array.Empty<ValidationViolation>())
    {
    }

    /// <summary>
    /// Creates the exception for <paramref name="action"/> with its <paramref name="violations"/>, of which
    /// <paramref name="warningsAsErrors"/> are warnings that fail the call because
    /// <see cref="Client.TencentCloudClientOptions.TreatWarningsAsErrors"/> is on.
    /// </summary>
    public RequestValidationException(string action, IReadOnlyList<ValidationViolation> violations, IReadOnlyList<ValidationViolation> warningsAsErrors)
        : base(action, Describe(action, violations, warningsAsErrors))
    {
        Violations = violations;
        WarningsAsErrors = warningsAsErrors;
    }

    /// <summary>Every violation found, in spec order.</summary>
    public IReadOnlyList<ValidationViolation> Violations { get; }

    /// <summary>
    /// The warnings among <see cref="Violations"/> that were treated as errors
    /// (<see cref="Client.TencentCloudClientOptions.TreatWarningsAsErrors"/>); empty when the option is off.
    /// </summary>
    public IReadOnlyList<ValidationViolation> WarningsAsErrors { get; }

    private static string Describe(string action, IReadOnlyList<ValidationViolation> violations, IReadOnlyList<ValidationViolation> warningsAsErrors)
    {
        var text = new StringBuilder();
        text.Append("The ").Append(action).Append(" request is invalid (")
            .Append(violations.Count).Append(violations.Count == 1 ? " violation):" : " violations):");
        foreach (var violation in violations)
        {
            var label = violation.Severity == RuleSeverity.Error ? "error "
                : Contains(warningsAsErrors, violation) ? "warning treated as error "
                : "warning ";
            text.AppendLine().Append("  ").Append(label).Append(violation.Path).Append(": ").Append(violation.Message)
                .Append(" [").Append(violation.RuleId).Append(']');
        }

        if (warningsAsErrors.Count > 0)
        {
            text.AppendLine().Append("Warnings are constraints documented by Tencent (most read from its documentation) that the service may not ")
                .Append("enforce; TreatWarningsAsErrors makes them fail the call. WarningsNotAsErrors lists rule ids to exempt.");
        }

        return text.ToString();
    }

    private static bool Contains(IReadOnlyList<ValidationViolation> list, ValidationViolation violation)
    {
        foreach (var item in list)
        {
            if (ReferenceEquals(item, violation))
            {
                return true;
            }
        }

        return false;
    }
}
