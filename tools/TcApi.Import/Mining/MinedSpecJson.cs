using System.Text.Json.Nodes;
using TcApi.Contract;
using Keys = TcApi.Contract.SpecNames.Keys;

namespace TcApi.Import.Mining;

/// <summary>
/// Mined constraints and rules in spec format 2: ids <c>&lt;Owner&gt;.&lt;Member&gt;.&lt;kind&gt;</c> (<see cref="RuleIds"/>, the
/// same ids an overlay uses, so a curated constraint replaces the mined one), severity <c>warning</c>, error code
/// <c>InvalidParameterValue</c>, and provenance quoting the sentence with its source and confidence. Kinds and keys are
/// spelled by <see cref="SpecNames"/>, the table the generator reads them with.
/// </summary>
public static class MinedSpecJson
{
    private static readonly string MinedSeverity = SpecNames.Name(RuleSeverity.Warning);

    /// <summary>Adds <paramref name="mined"/> to a member node: on the member, or on its <c>items</c> for a list's items.</summary>
    public static void AddTo(JsonObject member, IReadOnlyList<MinedConstraint> mined, string owner, string memberName, string source)
    {
        foreach (var constraint in mined)
        {
            ConstraintsOf(member, constraint.OnItems).Add(Constraint(constraint, owner, memberName, source));
        }
    }

    public static JsonObject Constraint(MinedConstraint c, string owner, string member, string source)
    {
        var kind = KindName(c.Kind);
        var node = new JsonObject { [Keys.Id] = RuleIds.For(owner, member, kind), [Keys.Kind] = kind };
        switch (c.Kind)
        {
            case MinedKind.Range:
                Bound(node, Keys.Minimum, c.Minimum, integer: false);
                Bound(node, Keys.Maximum, c.Maximum, integer: false);
                Bound(node, Keys.ExclusiveMinimum, c.ExclusiveMinimum, integer: false);
                Bound(node, Keys.ExclusiveMaximum, c.ExclusiveMaximum, integer: false);
                break;
            case MinedKind.Length:
                Bound(node, Keys.MinLength, c.Minimum, integer: true);
                Bound(node, Keys.MaxLength, c.Maximum, integer: true);
                break;
            case MinedKind.ItemCount:
                Bound(node, Keys.MinItems, c.Minimum, integer: true);
                Bound(node, Keys.MaxItems, c.Maximum, integer: true);
                break;
            default:
                node[Keys.Values] = new JsonArray(c.Values.Select(v => c.IntegerValues ? JsonValue.Create(long.Parse(v, System.Globalization.CultureInfo.InvariantCulture)) : (JsonNode)JsonValue.Create(v)).ToArray());
                break;
        }

        Common(node, Message(c), c.Quote, source, c.Language, c.Confidence, CommonErrorCode.InvalidParameterValue.ToWireString());
        return node;
    }

    /// <summary>A length in bytes as a <c>byteLength</c> constraint (<c>minBytes</c>, <c>maxBytes</c>), on the member or its items.</summary>
    public static void AddTo(JsonObject member, MinedByteLength mined, string owner, string memberName, string source)
    {
        var kind = SpecNames.Name(ConstraintKind.ByteLength);
        var node = new JsonObject { [Keys.Id] = RuleIds.For(owner, memberName, kind), [Keys.Kind] = kind };
        Bound(node, Keys.MinBytes, mined.MinBytes, integer: true);
        Bound(node, Keys.MaxBytes, mined.MaxBytes, integer: true);
        var subject = mined.OnItems ? "{member} item {index}" : "{member}";
        var message = subject + (mined.MinBytes is not null && mined.MaxBytes is not null
            ? " should be {minBytes} to {maxBytes} bytes long"
            : mined.MaxBytes is not null ? " should be at most {maxBytes} bytes long" : " should be at least {minBytes} bytes long") + " in UTF-8 (was {bytes})";
        Common(node, message, mined.Quote, source, mined.Language, mined.Confidence, CommonErrorCode.InvalidParameterValue.ToWireString());
        ConstraintsOf(member, mined.OnItems).Add(node);
    }

    public static JsonObject Rule(MinedRule rule, string owner, string source)
    {
        var kind = SpecNames.Name(rule.Kind switch
        {
            MinedRuleKind.AtLeastOneOf => RuleKind.AtLeastOneOf,
            MinedRuleKind.AtMostOneOf => RuleKind.AtMostOneOf,
            _ => RuleKind.ExactlyOneOf,
        });
        var node = new JsonObject
        {
            [Keys.Id] = RuleIds.For(owner, string.Join('.', rule.Members), kind),
            [Keys.Kind] = kind,
            [Keys.Members] = new JsonArray(rule.Members.Select(m => (JsonNode)JsonValue.Create(m)).ToArray()),
        };
        var message = rule.Kind switch
        {
            MinedRuleKind.AtLeastOneOf => "At least one of {members} should be set",
            MinedRuleKind.AtMostOneOf => "At most one of {members} should be set (found {count})",
            _ => "Exactly one of {members} should be set (found {count})",
        };
        Common(node, message, rule.Quote, $"{source}.{rule.DocumentedOn}", rule.Language, rule.Confidence, CommonErrorCode.InvalidParameter.ToWireString());
        return node;
    }

    public static string KindName(MinedKind kind) => SpecNames.Name(kind switch
    {
        MinedKind.Range => ConstraintKind.Range,
        MinedKind.Length => ConstraintKind.Length,
        MinedKind.ItemCount => ConstraintKind.ItemCount,
        _ => ConstraintKind.AllowedValues,
    });

    /// <summary>The constraints array of a member (or of its items, for a list's items), made when it has none yet.</summary>
    private static JsonArray ConstraintsOf(JsonObject member, bool onItems)
    {
        var target = onItems && member[Keys.Items] is JsonObject items ? items : member;
        if (target[Keys.Constraints] is not JsonArray list)
        {
            list = new JsonArray();
            target[Keys.Constraints] = list;
        }

        return list;
    }

    /// <summary>What every mined constraint and rule carries after its own keys: message, severity, error code, provenance.</summary>
    private static void Common(JsonObject node, string message, string quote, string source, string language, MinedConfidence confidence, string errorCode)
    {
        node[Keys.Message] = message;
        node[Keys.Severity] = MinedSeverity;
        node[Keys.ErrorCode] = errorCode;
        node[Keys.Provenance] = new JsonObject
        {
            [Keys.Documented] = quote,
            [Keys.Source] = $"{source} ({language})",
            [Keys.Confidence] = confidence == MinedConfidence.High ? "high" : "medium",
        };
    }

    private static void Bound(JsonObject node, string key, decimal? value, bool integer)
    {
        if (value is not { } v)
        {
            return;
        }

        // Whole numbers are written without a fraction ("100", not "100.0"), so an integer member's bound reads as one.
        node[key] = decimal.Truncate(v) == v && v >= long.MinValue && v <= long.MaxValue ? JsonValue.Create((long)v)
            : decimal.Truncate(v) == v && v >= 0 && v <= ulong.MaxValue ? JsonValue.Create((ulong)v)
            : integer ? JsonValue.Create((long)decimal.Truncate(v)) : JsonValue.Create(v / 1.0000000000000000000000000000m);
    }

    private static string Message(MinedConstraint c)
    {
        var subject = c.OnItems ? "{member} item {index}" : "{member}";
        return c.Kind switch
        {
            MinedKind.Range => subject + " should be " + RangeWords(c) + " (was {value})",
            MinedKind.Length => subject + (c.Minimum is not null && c.Maximum is not null
                ? " should be {minLength} to {maxLength} characters long"
                : c.Maximum is not null ? " should be at most {maxLength} characters long" : " should be at least {minLength} characters long") + " (was {length})",
            MinedKind.ItemCount => "{member}" + (c.Minimum is not null && c.Maximum is not null
                ? " should list {minItems} to {maxItems} items"
                : c.Maximum is not null ? " should list at most {maxItems} items" : " should list at least {minItems} items") + " (has {count})",
            _ => subject + " should be one of {allowed} (was {value})",
        };
    }

    private static string RangeWords(MinedConstraint c)
    {
        var lower = c.Minimum is not null ? "at least {minimum}" : c.ExclusiveMinimum is not null ? "greater than {exclusiveMinimum}" : null;
        var upper = c.Maximum is not null ? "at most {maximum}" : c.ExclusiveMaximum is not null ? "less than {exclusiveMaximum}" : null;
        if (c.Minimum is not null && c.Maximum is not null)
        {
            return "between {minimum} and {maximum}";
        }

        return lower is not null && upper is not null ? $"{lower} and {upper}" : lower ?? upper!;
    }
}
