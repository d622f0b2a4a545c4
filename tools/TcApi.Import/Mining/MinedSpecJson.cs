using System.Text.Json.Nodes;

namespace TcApi.Import.Mining;

/// <summary>
/// Mined constraints and rules in spec format 2: ids <c>&lt;Owner&gt;.&lt;Member&gt;.&lt;kind&gt;</c> (the same ids an
/// overlay uses, so a curated constraint replaces the mined one), severity <c>warning</c>, error code
/// <c>InvalidParameterValue</c>, and provenance quoting the sentence with its source and confidence.
/// </summary>
public static class MinedSpecJson
{
    /// <summary>Adds <paramref name="mined"/> to a member node: on the member, or on its <c>items</c> for a list's items.</summary>
    public static void AddTo(JsonObject member, IReadOnlyList<MinedConstraint> mined, string owner, string memberName, string source)
    {
        foreach (var constraint in mined)
        {
            var target = constraint.OnItems && member["items"] is JsonObject items ? items : member;
            if (target["constraints"] is not JsonArray list)
            {
                list = new JsonArray();
                target["constraints"] = list;
            }

            list.Add(Constraint(constraint, owner, memberName, source));
        }
    }

    public static JsonObject Constraint(MinedConstraint c, string owner, string member, string source)
    {
        var kind = KindName(c.Kind);
        var node = new JsonObject { ["id"] = $"{owner}.{member}.{kind}", ["kind"] = kind };
        var integer = c.IntegerValues || c.Kind is MinedKind.Length or MinedKind.ItemCount;
        switch (c.Kind)
        {
            case MinedKind.Range:
                Bound(node, "minimum", c.Minimum, integer: false);
                Bound(node, "maximum", c.Maximum, integer: false);
                Bound(node, "exclusiveMinimum", c.ExclusiveMinimum, integer: false);
                Bound(node, "exclusiveMaximum", c.ExclusiveMaximum, integer: false);
                break;
            case MinedKind.Length:
                Bound(node, "minLength", c.Minimum, integer: true);
                Bound(node, "maxLength", c.Maximum, integer: true);
                break;
            case MinedKind.ItemCount:
                Bound(node, "minItems", c.Minimum, integer: true);
                Bound(node, "maxItems", c.Maximum, integer: true);
                break;
            default:
                node["values"] = new JsonArray(c.Values.Select(v => c.IntegerValues ? JsonValue.Create(long.Parse(v, System.Globalization.CultureInfo.InvariantCulture)) : (JsonNode)JsonValue.Create(v)).ToArray());
                break;
        }

        node["message"] = Message(c);
        node["severity"] = "warning";
        node["errorCode"] = "InvalidParameterValue";
        node["provenance"] = new JsonObject
        {
            ["documented"] = c.Quote,
            ["source"] = $"{source} ({c.Language})",
            ["confidence"] = c.Confidence == MinedConfidence.High ? "high" : "medium",
        };
        return node;
    }

    /// <summary>
    /// A length in bytes as a <c>byteLength</c> constraint (<c>minBytes</c>, <c>maxBytes</c>), on the member or its items. Not
    /// part of format 2 yet: the importer writes it only when <c>ImportOptions.MineByteLengths</c> asks for it.
    /// </summary>
    public static void AddTo(JsonObject member, MinedByteLength mined, string owner, string memberName, string source)
    {
        var target = mined.OnItems && member["items"] is JsonObject items ? items : member;
        if (target["constraints"] is not JsonArray list)
        {
            list = new JsonArray();
            target["constraints"] = list;
        }

        var node = new JsonObject { ["id"] = $"{owner}.{memberName}.byteLength", ["kind"] = "byteLength" };
        Bound(node, "minBytes", mined.MinBytes, integer: true);
        Bound(node, "maxBytes", mined.MaxBytes, integer: true);
        var subject = mined.OnItems ? "{member} item {index}" : "{member}";
        node["message"] = subject + (mined.MinBytes is not null && mined.MaxBytes is not null
            ? " should be {minBytes} to {maxBytes} bytes long"
            : mined.MaxBytes is not null ? " should be at most {maxBytes} bytes long" : " should be at least {minBytes} bytes long") + " in UTF-8 (was {bytes})";
        node["severity"] = "warning";
        node["errorCode"] = "InvalidParameterValue";
        node["provenance"] = new JsonObject
        {
            ["documented"] = mined.Quote,
            ["source"] = $"{source} ({mined.Language})",
            ["confidence"] = mined.Confidence == MinedConfidence.High ? "high" : "medium",
        };
        list.Add(node);
    }

    public static JsonObject Rule(MinedRule rule, string owner, string source)
    {
        var kind = rule.Kind switch
        {
            MinedRuleKind.AtLeastOneOf => "atLeastOneOf",
            MinedRuleKind.AtMostOneOf => "atMostOneOf",
            _ => "exactlyOneOf",
        };
        return new JsonObject
        {
            ["id"] = $"{owner}.{string.Join('.', rule.Members)}.{kind}",
            ["kind"] = kind,
            ["members"] = new JsonArray(rule.Members.Select(m => (JsonNode)JsonValue.Create(m)).ToArray()),
            ["message"] = rule.Kind switch
            {
                MinedRuleKind.AtLeastOneOf => "At least one of {members} should be set",
                MinedRuleKind.AtMostOneOf => "At most one of {members} should be set (found {count})",
                _ => "Exactly one of {members} should be set (found {count})",
            },
            ["severity"] = "warning",
            ["errorCode"] = "InvalidParameter",
            ["provenance"] = new JsonObject
            {
                ["documented"] = rule.Quote,
                ["source"] = $"{source}.{rule.DocumentedOn} ({rule.Language})",
                ["confidence"] = rule.Confidence == MinedConfidence.High ? "high" : "medium",
            },
        };
    }

    public static string KindName(MinedKind kind) => kind switch
    {
        MinedKind.Range => "range",
        MinedKind.Length => "length",
        MinedKind.ItemCount => "itemCount",
        _ => "allowedValues",
    };

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
