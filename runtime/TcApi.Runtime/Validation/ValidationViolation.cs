using System.Collections.Generic;

namespace TcApi.Validation;

/// <summary>One broken constraint or cross-field rule of a request.</summary>
/// <param name="RuleId">The stable id of the rule in the spec, e.g. <c>CreateTCPListeners.DelayLoop.range</c>.</param>
/// <param name="Path">JSON pointer to the offending value in the wire request, e.g. <c>/Ports/1</c>.</param>
/// <param name="RelatedPaths">Other members the rule involves (the other side of a comparison, the first copy of a duplicate).</param>
/// <param name="Message">The spec's message with the offending values filled in.</param>
/// <param name="Severity">Whether the service would reject the request.</param>
/// <param name="ErrorCode">The server error code this violation corresponds to.</param>
public sealed record ValidationViolation(
    string RuleId,
    string Path,
    IReadOnlyList<string> RelatedPaths,
    string Message,
    RuleSeverity Severity,
    string ErrorCode)
{
    /// <summary>
    /// The violation as one line that says how serious it is, which rule, where and why:
    /// <c>error CreateTCPListeners.DelayLoop.range at /DelayLoop: DelayLoop must be between 5 and 300 (was 400)</c>.
    /// </summary>
    public override string ToString() => $"{(Severity == RuleSeverity.Error ? "error" : "warning")} {RuleId} at {Path}: {Message}";
}
