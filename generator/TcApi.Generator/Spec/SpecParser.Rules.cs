using System;
using System.Collections.Generic;
using System.Linq;
using TcApi.Contract;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Json;
using TcApi.Generator.Model;

namespace TcApi.Generator.Spec;

internal sealed partial class SpecParser
{
    private static readonly Dictionary<string, string[]> RuleKeys = new()
    {
        ["exactlyOneOf"] = new[] { "members", "noneSetSeverity" },
        ["atMostOneOf"] = new[] { "members" },
        ["atLeastOneOf"] = new[] { "members", "noneSetSeverity" },
        ["dependentRequired"] = new[] { "member", "requires" },
        ["compare"] = new[] { "left", "operator", "right" },
        ["implies"] = new[] { "when", "then" },
    };

    private static readonly Dictionary<string, CompareOperator> CompareOperators =
        Enum.GetValues(typeof(CompareOperator)).Cast<CompareOperator>().ToDictionary(SpecNames.Text);

    private List<RuleModel> ParseRules(JsonNode? node, string owner, MemberSet input, Dictionary<string, EnumModel> enums)
    {
        var rules = new List<RuleModel>();
        if (node is null || !ExpectKind(node, JsonNodeKind.Array, $"{owner}: rules"))
        {
            return rules;
        }

        foreach (var item in node.Items)
        {
            if (ParseRule(item, owner, input, enums) is { } rule)
            {
                rules.Add(rule);
            }
        }

        return rules;
    }

    private RuleModel? ParseRule(JsonNode node, string owner, MemberSet input, Dictionary<string, EnumModel> enums)
    {
        if (!ExpectKind(node, JsonNodeKind.Object, $"a rule of {owner}"))
        {
            return null;
        }

        var what = node["id"] is { Kind: JsonNodeKind.String } idNode ? $"rule '{idNode.Text}'" : $"a rule of {owner}";
        var kind = EnumKeyword(node, "kind", what, required: true, RuleKeys.Keys.ToArray());
        CheckKeys(node, what, CommonRuleKeys.Concat(kind is null ? RuleKeys.Values.SelectMany(k => k) : RuleKeys[kind]).ToArray());
        var common = ParseCommon(node, what, kind);
        if (kind is null)
        {
            return null;
        }

        // The kind's own members are checked even when the common ones failed, so every problem is reported at once.
        var parsed = ParseRuleOfKind(node, what, kind, input, enums, RuleFrom(common ?? Placeholder));
        return common is null ? null : parsed;
    }

    private static readonly ConstraintModel Placeholder = new(
        string.Empty, ConstraintKind.UniqueItems, string.Empty, RuleSeverity.Error, string.Empty, new Provenance(false, string.Empty), null, null, null, null, null);

    private static RuleModel RuleFrom(ConstraintModel common) =>
        new(common.Id, RuleKind.ExactlyOneOf, common.Message, common.Severity, common.Severity, false,
            common.ErrorCode, common.Provenance, EquatableArray<string>.Empty, null, CompareOperator.LessThan, null,
            EquatableArray<ConditionModel>.Empty, EquatableArray<ConditionModel>.Empty);

    private RuleModel? ParseRuleOfKind(JsonNode node, string what, string kind, MemberSet input, Dictionary<string, EnumModel> enums, RuleModel rule)
    {
        switch (kind)
        {
            case "exactlyOneOf":
            case "atMostOneOf":
            case "atLeastOneOf":
                var members = MemberList(node, "members", what, input, minimum: 2);
                if (members is null)
                {
                    return null;
                }

                var noneSet = EnumKeyword(node, "noneSetSeverity", what, required: false, SpecNames.Severities);
                return rule with
                {
                    Kind = SpecNames.RuleKindOf(kind),
                    Members = members.Value,
                    NoneSetSeverity = noneSet is null ? rule.Severity : SpecNames.SeverityOf(noneSet),
                    HasNoneSetSeverity = noneSet is not null,
                };
            case "dependentRequired":
                var trigger = MemberName(node, "member", what, input);
                var requires = MemberList(node, "requires", what, input, minimum: 1);
                return trigger is null || requires is null
                    ? null
                    : rule with { Kind = RuleKind.DependentRequired, Members = new[] { trigger }.Concat(requires).ToEquatableArray() };
            case "compare":
                return ParseCompare(node, what, input, rule);
            default:
                var when = ParseConditions(Required(node, "when", what), $"{what}: when", input, enums);
                var then = ParseConditions(Required(node, "then", what), $"{what}: then", input, enums);
                return when is null || then is null ? null : rule with { Kind = RuleKind.Implies, When = when.Value, Then = then.Value };
        }
    }

    private RuleModel? ParseCompare(JsonNode node, string what, MemberSet input, RuleModel rule)
    {
        var left = MemberName(node, "left", what, input);
        var right = MemberName(node, "right", what, input);
        var op = EnumKeyword(node, "operator", what, required: true, CompareOperators.Keys.ToArray());
        if (left is null || right is null || op is null)
        {
            return null;
        }

        var l = input.ByWireName[left];
        var r = input.ByWireName[right];
        var ordering = op is "<" or "<=" or ">" or ">=";
        var numeric = l.Scalar is ScalarKind.Integer or ScalarKind.Float && r.Scalar is ScalarKind.Integer or ScalarKind.Float;
        var sameType = l.Scalar == r.Scalar && l.Reference == r.Reference && l.Scalar is not (ScalarKind.Object or ScalarKind.Binary);
        if (l.IsList || r.IsList || (ordering ? !numeric : !(sameType || numeric)))
        {
            Report(DiagnosticDescriptors.InvalidValue, At(node["operator"]!), what,
                ordering ? "'<', '<=', '>' and '>=' compare two number members" : "'==' and '!=' compare two members of the same single-value type");
            return null;
        }

        return rule with { Kind = RuleKind.Compare, Left = left, Right = right, Operator = CompareOperators[op] };
    }

    /// <summary>One condition (an object), or several that must all hold (an array of them).</summary>
    private EquatableArray<ConditionModel>? ParseConditions(JsonNode? node, string what, MemberSet input, Dictionary<string, EnumModel> enums)
    {
        if (node is null)
        {
            return null;
        }

        if (node.Kind != JsonNodeKind.Array)
        {
            return ParseCondition(node, what, input, enums) is { } single ? new[] { single }.ToEquatableArray() : null;
        }

        if (node.Items.Count == 0)
        {
            Report(DiagnosticDescriptors.InvalidValue, At(node), what, "give at least one condition");
            return null;
        }

        var conditions = new List<ConditionModel>();
        foreach (var item in node.Items)
        {
            if (ParseCondition(item, what, input, enums) is not { } condition)
            {
                return null;
            }

            conditions.Add(condition);
        }

        return conditions.ToEquatableArray();
    }

    private ConditionModel? ParseCondition(JsonNode node, string what, MemberSet input, Dictionary<string, EnumModel> enums)
    {
        if (!ExpectKind(node, JsonNodeKind.Object, what))
        {
            return null;
        }

        CheckKeys(node, what, "member", "operator", "value", "values");
        var member = MemberName(node, "member", what, input);
        var op = EnumKeyword(node, "operator", what, required: true, SpecNames.ConditionOperators);
        if (member is null || op is null)
        {
            return null;
        }

        var model = input.ByWireName[member];
        if ((model.IsList || model.Scalar is ScalarKind.Object or ScalarKind.Binary) && op is not ("present" or "absent"))
        {
            Report(DiagnosticDescriptors.InvalidValue, At(node["member"]!), what, "only 'present' and 'absent' test a list or an object member");
            return null;
        }

        var values = new List<SpecValue>();
        switch (op)
        {
            case "equals":
            case "notEquals":
                if (node["values"] is { } strayValues)
                {
                    Report(DiagnosticDescriptors.InvalidValue, At(strayValues), what, $"'{op}' takes one 'value'");
                    return null;
                }

                if (Required(node, "value", what) is not { } valueNode || ConditionValue(valueNode, model, what, enums) is not { } single)
                {
                    return null;
                }

                values.Add(single);
                break;
            case "in":
                if (node["value"] is { } strayValue)
                {
                    Report(DiagnosticDescriptors.InvalidValue, At(strayValue), what, "'in' takes a list of 'values'");
                    return null;
                }

                var list = RequiredArray(node, "values", what);
                if (list is null || list.Items.Count == 0)
                {
                    if (list is not null)
                    {
                        Report(DiagnosticDescriptors.InvalidValue, At(list), what, "'in' needs at least one value");
                    }

                    return null;
                }

                foreach (var item in list.Items)
                {
                    if (ConditionValue(item, model, what, enums) is not { } listed)
                    {
                        return null;
                    }

                    values.Add(listed);
                }

                break;
            default:
                if ((node["value"] ?? node["values"]) is { } stray)
                {
                    Report(DiagnosticDescriptors.InvalidValue, At(stray), what, $"'{op}' takes no value");
                    return null;
                }

                break;
        }

        return new ConditionModel(member, SpecNames.ConditionOperatorOf(op), values.ToEquatableArray());
    }

    /// <summary>A condition's value, typed by its member: enum wire values, true/false for flags.</summary>
    private SpecValue? ConditionValue(JsonNode node, MemberModel member, string what, Dictionary<string, EnumModel> enums)
    {
        switch (member.Scalar)
        {
            case ScalarKind.Flag or ScalarKind.Boolean when node.Kind is JsonNodeKind.True or JsonNodeKind.False:
                return SpecValue.OfBool(node.Kind == JsonNodeKind.True);
            case ScalarKind.Integer when node.Kind == JsonNodeKind.Number:
                return AsInteger(node, what) is { } number ? SpecValue.OfInteger(number) : null;
            case ScalarKind.Float when node.Kind == JsonNodeKind.Number:
                return SpecValue.OfFloat(double.Parse(node.Text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture));
            case ScalarKind.String when node.Kind == JsonNodeKind.String:
                return SpecValue.OfString(node.Text);
            case ScalarKind.Enum:
                var enumModel = enums[member.Reference!];
                var wire = node.Kind == JsonNodeKind.String && enumModel.IsStringOnWire ? node.Text
                    : node.Kind == JsonNodeKind.Number && !enumModel.IsStringOnWire ? node.Text
                    : null;
                if (wire is not null && enumModel.Values.Any(v => v.WireString == wire))
                {
                    return enumModel.IsStringOnWire ? SpecValue.OfString(wire) : SpecValue.OfInteger(long.Parse(wire, System.Globalization.CultureInfo.InvariantCulture));
                }

                Report(DiagnosticDescriptors.InvalidValue, At(node), what,
                    $"{node.Describe()} {(node.Kind is JsonNodeKind.String or JsonNodeKind.Number ? node.Text + " " : string.Empty)}is not a wire value of enum {enumModel.Name} ({string.Join(", ", enumModel.Values.Select(v => v.WireString))})");
                return null;
        }

        var expected = member.Scalar switch
        {
            ScalarKind.Flag or ScalarKind.Boolean => "true or false",
            ScalarKind.Integer => "a whole number",
            ScalarKind.Float => "a number",
            _ => "a string",
        };
        Report(DiagnosticDescriptors.WrongValueType, At(node), what, $"{expected} for member {member.WireName}, not {node.Describe()}");
        return null;
    }

    private string? MemberName(JsonNode node, string key, string what, MemberSet input)
    {
        var name = RequiredString(node, key, what);
        if (name is not null && !input.ByWireName.ContainsKey(name))
        {
            Report(DiagnosticDescriptors.UnknownReference, At(node[key]!), what, "member", name);
            return null;
        }

        return name;
    }

    private EquatableArray<string>? MemberList(JsonNode node, string key, string what, MemberSet input, int minimum)
    {
        var list = RequiredArray(node, key, what);
        if (list is null)
        {
            return null;
        }

        var names = new List<string>();
        var ok = true;
        foreach (var item in list.Items)
        {
            if (AsString(item, $"{what}: {key}") is not { } name)
            {
                ok = false;
            }
            else if (!input.ByWireName.ContainsKey(name))
            {
                Report(DiagnosticDescriptors.UnknownReference, At(item), what, "member", name);
                ok = false;
            }
            else if (names.Contains(name))
            {
                Report(DiagnosticDescriptors.Duplicate, At(item), $"member in {what}", name);
                ok = false;
            }
            else
            {
                names.Add(name);
            }
        }

        if (ok && names.Count < minimum)
        {
            Report(DiagnosticDescriptors.InvalidValue, At(list), $"{what}: {key}", $"needs at least {minimum} member{(minimum == 1 ? string.Empty : "s")}");
            return null;
        }

        return ok ? names.ToEquatableArray() : null;
    }
}
