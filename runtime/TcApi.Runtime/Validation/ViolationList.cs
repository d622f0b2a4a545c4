using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace TcApi.Validation;

/// <summary>Helpers the generated validators call; the list is created only when the first violation appears.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ViolationList
{
    /// <summary>Appends a violation, creating the list on first use.</summary>
    public static void Add(
        ref List<ValidationViolation>? violations,
        string ruleId,
        string path,
        string message,
        RuleSeverity severity,
        string errorCode,
        params string[] relatedPaths)
    {
        (violations ??= new List<ValidationViolation>()).Add(
            new ValidationViolation(ruleId, path, relatedPaths ?? Array.Empty<string>(), message, severity, errorCode));
    }

    /// <summary>The result for the collected violations; <see cref="ValidationResult.Valid"/> when there are none.</summary>
    public static ValidationResult ToResult(List<ValidationViolation>? violations) =>
        violations is null ? ValidationResult.Valid : new ValidationResult(violations);
}
