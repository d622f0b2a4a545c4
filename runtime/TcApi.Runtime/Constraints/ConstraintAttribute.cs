using System;
using TcApi.Validation;

namespace TcApi.Constraints;

/// <summary>
/// Base of every constraint and rule attribute that the generator puts on request types. Tools such as the
/// TcApi analyzer read the constraints from these attributes alone, so they work on types from any assembly.
/// </summary>
public abstract class ConstraintAttribute : Attribute
{
    /// <summary>Creates the attribute for the rule <paramref name="ruleId"/> with its message template.</summary>
    protected ConstraintAttribute(string ruleId, string message)
    {
        RuleId = ruleId;
        Message = message;
    }

    /// <summary>The stable id of the rule in the spec.</summary>
    public string RuleId { get; }

    /// <summary>The spec's message template, with placeholders such as <c>{member}</c> and <c>{value}</c>.</summary>
    public string Message { get; }

    /// <summary>How serious a violation is.</summary>
    public RuleSeverity Severity { get; set; }

    /// <summary>The server error code that corresponds to a violation.</summary>
    public string ErrorCode { get; set; } = "InvalidParameterValue";

    /// <summary>
    /// For a constraint read from Tencent's documentation by a mining tool (not curated): the sentence it was read from,
    /// shortened; <see langword="null"/> for a curated one. The analyzer reports a documented constraint under its own
    /// diagnostic id (<c>TCAPI2xxx</c>, not <c>TCAPI1xxx</c>) and quotes this text. The property's XML documentation
    /// keeps the whole sentence and where it was read.
    /// </summary>
    public string? Documented { get; set; }
}
