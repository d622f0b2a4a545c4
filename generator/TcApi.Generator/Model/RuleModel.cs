using TcApi.Contract;

namespace TcApi.Generator.Model;

/// <summary>
/// A rule among the members of a request or object, named by wire name. <see cref="Members"/> holds the members of
/// one-of rules, or for dependent-required the trigger followed by the members it requires. An implies rule holds
/// when not every <see cref="When"/> condition holds, or every <see cref="Then"/> condition does.
/// </summary>
internal sealed record RuleModel(
    string Id,
    RuleKind Kind,
    string Message,
    RuleSeverity Severity,
    RuleSeverity NoneSetSeverity,
    bool HasNoneSetSeverity,
    string ErrorCode,
    Provenance Provenance,
    EquatableArray<string> Members,
    string? Left,
    CompareOperator Operator,
    string? Right,
    EquatableArray<ConditionModel> When,
    EquatableArray<ConditionModel> Then);

/// <summary>A test on one member of an implies rule. Values are wire values (enum wire strings, 0/1 as booleans).</summary>
internal sealed record ConditionModel(string Member, ConditionOperator Operator, EquatableArray<SpecValue> Values);
