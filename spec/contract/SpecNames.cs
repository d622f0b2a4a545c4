using System;

namespace TcApi.Contract;

/// <summary>
/// How a spec (format 2) spells the contract's kinds, operators and severities: the one table the parser reads them
/// with and the importer and the generator write them with. Every mapping is exhaustive: a value without a spelling
/// is a defect here, reported as one, never read as another value.
/// </summary>
internal static class SpecNames
{
    /// <summary>The constraint kinds a spec may write (the synthesised <c>required</c> and <c>enum</c> it may not).</summary>
    public static readonly string[] WritableConstraintKinds = { "range", "length", "pattern", "itemCount", "uniqueItems", "allowedValues", "byteLength" };

    /// <summary>The rule kinds a spec may write.</summary>
    public static readonly string[] RuleKinds = { "exactlyOneOf", "atMostOneOf", "atLeastOneOf", "dependentRequired", "compare", "implies" };

    /// <summary>The condition operators an implies rule may write.</summary>
    public static readonly string[] ConditionOperators = { "equals", "notEquals", "in", "present", "absent" };

    /// <summary>The severities a constraint or rule may write.</summary>
    public static readonly string[] Severities = { "error", "warning" };

    /// <summary>The action key naming the input member that is the action's idempotency key (the importer writes it, overlays correct it).</summary>
    public const string ClientTokenKey = "clientToken";

    /// <summary>The key of <see cref="ClientTokenKey"/>'s object that names the member.</summary>
    public const string ClientTokenMemberKey = "member";

    public static string Name(ConstraintKind kind) => kind switch
    {
        ConstraintKind.Required => "required",
        ConstraintKind.DefinedEnum => "enum",
        ConstraintKind.Range => "range",
        ConstraintKind.Length => "length",
        ConstraintKind.Pattern => "pattern",
        ConstraintKind.ItemCount => "itemCount",
        ConstraintKind.UniqueItems => "uniqueItems",
        ConstraintKind.AllowedValues => "allowedValues",
        ConstraintKind.ByteLength => "byteLength",
        _ => throw Unknown(kind),
    };

    /// <summary>A constraint kind a spec wrote (one of <see cref="WritableConstraintKinds"/>).</summary>
    public static ConstraintKind ConstraintKindOf(string name) => name switch
    {
        "range" => ConstraintKind.Range,
        "length" => ConstraintKind.Length,
        "pattern" => ConstraintKind.Pattern,
        "itemCount" => ConstraintKind.ItemCount,
        "uniqueItems" => ConstraintKind.UniqueItems,
        "allowedValues" => ConstraintKind.AllowedValues,
        "byteLength" => ConstraintKind.ByteLength,
        _ => throw Unknown(name, "constraint kind"),
    };

    public static string Name(RuleKind kind) => kind switch
    {
        RuleKind.ExactlyOneOf => "exactlyOneOf",
        RuleKind.AtMostOneOf => "atMostOneOf",
        RuleKind.AtLeastOneOf => "atLeastOneOf",
        RuleKind.DependentRequired => "dependentRequired",
        RuleKind.Compare => "compare",
        RuleKind.Implies => "implies",
        _ => throw Unknown(kind),
    };

    public static RuleKind RuleKindOf(string name) => name switch
    {
        "exactlyOneOf" => RuleKind.ExactlyOneOf,
        "atMostOneOf" => RuleKind.AtMostOneOf,
        "atLeastOneOf" => RuleKind.AtLeastOneOf,
        "dependentRequired" => RuleKind.DependentRequired,
        "compare" => RuleKind.Compare,
        "implies" => RuleKind.Implies,
        _ => throw Unknown(name, "rule kind"),
    };

    public static ConditionOperator ConditionOperatorOf(string name) => name switch
    {
        "equals" => ConditionOperator.Equals,
        "notEquals" => ConditionOperator.NotEquals,
        "in" => ConditionOperator.In,
        "present" => ConditionOperator.Present,
        "absent" => ConditionOperator.Absent,
        _ => throw Unknown(name, "condition operator"),
    };

    /// <summary>The operator as written in specs and messages: <c>&lt;</c>, <c>&lt;=</c>, ...</summary>
    public static string Text(CompareOperator op) => op switch
    {
        CompareOperator.LessThan => "<",
        CompareOperator.LessThanOrEqual => "<=",
        CompareOperator.GreaterThan => ">",
        CompareOperator.GreaterThanOrEqual => ">=",
        CompareOperator.Equal => "==",
        CompareOperator.NotEqual => "!=",
        _ => throw Unknown(op),
    };

    public static string Name(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        _ => throw Unknown(severity),
    };

    public static RuleSeverity SeverityOf(string name) => name switch
    {
        "error" => RuleSeverity.Error,
        "warning" => RuleSeverity.Warning,
        _ => throw Unknown(name, "severity"),
    };

    /// <summary>The keys of a member, a constraint or a rule in a spec, for code that writes one (the importer).</summary>
    public static class Keys
    {
        public const string Constraints = "constraints";
        public const string Items = "items";
        public const string Id = "id";
        public const string Kind = "kind";
        public const string Message = "message";
        public const string Severity = "severity";
        public const string ErrorCode = "errorCode";
        public const string Provenance = "provenance";
        public const string Documented = "documented";
        public const string Source = "source";
        public const string Confidence = "confidence";
        public const string Members = "members";
        public const string Values = "values";
        public const string Minimum = "minimum";
        public const string Maximum = "maximum";
        public const string ExclusiveMinimum = "exclusiveMinimum";
        public const string ExclusiveMaximum = "exclusiveMaximum";
        public const string MinLength = "minLength";
        public const string MaxLength = "maxLength";
        public const string MinBytes = "minBytes";
        public const string MaxBytes = "maxBytes";
        public const string MinItems = "minItems";
        public const string MaxItems = "maxItems";
    }

    private static ArgumentOutOfRangeException Unknown<T>(T value)
        where T : struct, Enum =>
        new(typeof(T).Name, value, $"{typeof(T).Name} {value} has no spelling in a spec (spec/contract/SpecNames.cs)");

    private static ArgumentOutOfRangeException Unknown(string name, string what) =>
        new(what, name, $"'{name}' is not a {what} of a spec (spec/contract/SpecNames.cs)");
}
