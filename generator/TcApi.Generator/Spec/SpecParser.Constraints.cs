using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using TcApi.Contract;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Json;
using TcApi.Generator.Model;

namespace TcApi.Generator.Spec;

internal sealed partial class SpecParser
{
    private static readonly string[] CommonRuleKeys = { "id", "kind", "message", "severity", "errorCode", "provenance" };

    private static readonly string[] ProvenanceKeys = { "documented", "inferred", "source", "confidence" };

    private static readonly Dictionary<string, string[]> ConstraintBoundKeys = new()
    {
        // One entry per name of SpecNames.WritableConstraintKinds (SpecNamesTests keeps them equal).
        ["range"] = new[] { SpecNames.Keys.Minimum, SpecNames.Keys.Maximum, SpecNames.Keys.ExclusiveMinimum, SpecNames.Keys.ExclusiveMaximum },
        ["length"] = new[] { SpecNames.Keys.MinLength, SpecNames.Keys.MaxLength },
        ["pattern"] = new[] { "pattern" },
        ["itemCount"] = new[] { SpecNames.Keys.MinItems, SpecNames.Keys.MaxItems },
        ["uniqueItems"] = Array.Empty<string>(),
        ["allowedValues"] = new[] { SpecNames.Keys.Values },
        ["byteLength"] = new[] { SpecNames.Keys.MinBytes, SpecNames.Keys.MaxBytes },
    };

    private IEnumerable<ConstraintModel> ParseConstraints(JsonNode node, MemberDraft member, ConstraintTarget target, MemberSet set, bool isInput, Dictionary<string, EnumModel> enums)
    {
        var what = target == ConstraintTarget.Items ? $"{member.What}: items" : member.What;
        if (!ExpectKind(node, JsonNodeKind.Array, $"{what}: constraints"))
        {
            yield break;
        }

        if (!isInput && node.Items.Count > 0)
        {
            Report(DiagnosticDescriptors.InvalidValue, At(node), $"{what}: constraints", "output members carry no constraints; the client does not validate responses against rules");
            yield break;
        }

        foreach (var item in node.Items)
        {
            if (ParseConstraint(item, member, target, what, enums) is { } constraint)
            {
                set.ConstraintIdLocations[constraint.Id] = At(item["id"]!);
                yield return constraint;
            }
        }
    }

    private ConstraintModel? ParseConstraint(JsonNode node, MemberDraft member, ConstraintTarget target, string owner, Dictionary<string, EnumModel> enums)
    {
        if (!ExpectKind(node, JsonNodeKind.Object, $"a constraint of {owner}"))
        {
            return null;
        }

        var what = node["id"] is { Kind: JsonNodeKind.String } idNode ? $"constraint '{idNode.Text}'" : $"a constraint of {owner}";
        var kind = EnumKeyword(node, "kind", what, required: true, ConstraintBoundKeys.Keys.ToArray());
        CheckKeys(node, what, CommonRuleKeys.Concat(kind is null ? ConstraintBoundKeys.Values.SelectMany(k => k) : ConstraintBoundKeys[kind]).ToArray());
        var common = ParseCommon(node, what, kind);
        if (kind is null)
        {
            return null;
        }

        var constraintKind = SpecNames.ConstraintKindOf(kind);
        if (!IsApplicable(constraintKind, member, target, out var memberType))
        {
            Report(DiagnosticDescriptors.ConstraintNotApplicable, At(node["kind"]!), kind, member.WireName + (target == ConstraintTarget.Items ? " items" : string.Empty), memberType);
            return null;
        }

        // The bounds are checked even when the common members failed, so every problem is reported at once.
        var parsed = constraintKind switch
        {
            ConstraintKind.Range => ParseRange(node, what, common ?? Placeholder, member.Scalar == ScalarKind.Integer),
            ConstraintKind.Length => ParseCountBounds(node, what, common ?? Placeholder, ConstraintKind.Length, SpecNames.Keys.MinLength, SpecNames.Keys.MaxLength),
            ConstraintKind.ByteLength => ParseCountBounds(node, what, common ?? Placeholder, ConstraintKind.ByteLength, SpecNames.Keys.MinBytes, SpecNames.Keys.MaxBytes),
            ConstraintKind.ItemCount => ParseCountBounds(node, what, common ?? Placeholder, ConstraintKind.ItemCount, SpecNames.Keys.MinItems, SpecNames.Keys.MaxItems),
            ConstraintKind.Pattern => ParsePattern(node, what, common ?? Placeholder),
            ConstraintKind.AllowedValues => ParseAllowedValues(node, what, common ?? Placeholder, member),
            ConstraintKind.UniqueItems => common,
            ConstraintKind.Required or ConstraintKind.DefinedEnum => throw new InvalidOperationException($"a spec cannot write the synthesised kind {kind}"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), constraintKind, "a constraint kind without a parser"),
        };
        return common is null ? null : parsed;
    }

    /// <summary>The id, message, severity, error code and provenance every constraint and rule carries.</summary>
    private ConstraintModel? ParseCommon(JsonNode node, string what, string? kind)
    {
        var id = RequiredString(node, "id", what);
        var message = RequiredString(node, "message", what);
        var severity = EnumKeyword(node, "severity", what, required: false, SpecNames.Severities);
        var errorCode = RequiredString(node, "errorCode", what);
        var provenance = Required(node, "provenance", what) is { } p ? ParseProvenance(p, what) : null;
        if (id is not null && !IsRuleId(id))
        {
            Report(DiagnosticDescriptors.InvalidValue, At(node["id"]!), $"{what}: id", "a rule id is letters, digits, '.', '-' and '_'");
            id = null;
        }

        if (errorCode is not null && !IsErrorCode(errorCode))
        {
            Report(DiagnosticDescriptors.InvalidValue, At(node["errorCode"]!), $"{what}: errorCode", "an error code is dot-separated words, e.g. InvalidParameterValue");
            errorCode = null;
        }

        if (message is not null && kind is not null && !CheckMessage(node["message"]!, id ?? what, message, kind))
        {
            message = null;
        }

        if (id is null || message is null || errorCode is null || provenance is null || kind is null)
        {
            return null;
        }

        return new ConstraintModel(id, ConstraintKind.UniqueItems, message, severity is null ? RuleSeverity.Error : SpecNames.SeverityOf(severity),
            errorCode, provenance, null, null, null, null, null);
    }

    private bool CheckMessage(JsonNode node, string owner, string message, string kind)
    {
        var allowed = MessagePlaceholders.For(kind);
        foreach (var used in MessagePlaceholders.Used(message))
        {
            if (!allowed.Contains(used))
            {
                Report(DiagnosticDescriptors.InvalidMessageTemplate, At(node), owner, used, kind, string.Join(", ", allowed.Select(a => "{" + a + "}")));
                return false;
            }
        }

        return true;
    }

    private static bool IsApplicable(ConstraintKind kind, MemberDraft member, ConstraintTarget target, out string memberType)
    {
        memberType = target == ConstraintTarget.List ? "a list"
            : member.Scalar switch
            {
                ScalarKind.String => "a string",
                ScalarKind.Integer => "an integer",
                ScalarKind.Float => "a float",
                ScalarKind.Boolean => "a boolean",
                ScalarKind.Flag => "a flag",
                ScalarKind.Object => "an object",
                ScalarKind.Binary => "binary data",
                _ => "an enum",
            };
        return kind switch
        {
            ConstraintKind.ItemCount => target == ConstraintTarget.List,
            ConstraintKind.UniqueItems => target == ConstraintTarget.List && member.Scalar is not (ScalarKind.Object or ScalarKind.Float),
            ConstraintKind.Range => target != ConstraintTarget.List && member.Scalar is ScalarKind.Integer or ScalarKind.Float,
            ConstraintKind.AllowedValues => target != ConstraintTarget.List && member.Scalar is ScalarKind.String or ScalarKind.Integer,
            _ => target != ConstraintTarget.List && member.Scalar == ScalarKind.String,
        };
    }

    private ConstraintModel? ParseRange(JsonNode node, string what, ConstraintModel common, bool integer)
    {
        var min = OptionalNumber(node, "minimum", what);
        var max = OptionalNumber(node, "maximum", what);
        var exMin = OptionalNumber(node, "exclusiveMinimum", what);
        var exMax = OptionalNumber(node, "exclusiveMaximum", what);
        if (min is null && max is null && exMin is null && exMax is null)
        {
            Report(DiagnosticDescriptors.MissingKey, At(node, headOnly: true), "minimum", $"{what} (a range needs at least one bound)");
            return null;
        }

        if ((min is not null && exMin is not null) || (max is not null && exMax is not null))
        {
            Report(DiagnosticDescriptors.InvalidValue, At(node, headOnly: true), what, "give an inclusive or an exclusive bound on each side, not both");
            return null;
        }

        var name = common.Id.Length > 0 ? common.Id : what;
        if (integer && !WholeBounds(node, what, min, max, exMin, exMax))
        {
            return null;
        }

        if ((min ?? exMin) is { } low && (max ?? exMax) is { } high && (low > high || (low == high && (exMin is not null || exMax is not null))))
        {
            Report(DiagnosticDescriptors.EmptyBounds, At(node, headOnly: true), name, $"no value lies between the lower bound {Show(low)} and the upper bound {Show(high)}");
            return null;
        }

        return common with { Kind = ConstraintKind.Range, Minimum = min, Maximum = max, ExclusiveMinimum = exMin, ExclusiveMaximum = exMax };
    }

    private static string Show(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Integer bounds must be whole numbers within 64 bits.</summary>
    private bool WholeBounds(JsonNode node, string what, params decimal?[] bounds)
    {
        var keys = new[] { "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" };
        var ok = true;
        for (var i = 0; i < keys.Length; i++)
        {
            if (bounds[i] is { } bound && (decimal.Truncate(bound) != bound || bound < long.MinValue || bound > ulong.MaxValue))
            {
                Report(DiagnosticDescriptors.InvalidValue, At(node[keys[i]]!), $"{what}: {keys[i]}", $"{Show(bound)} is not a whole number within the 64-bit range");
                ok = false;
            }
        }

        return ok;
    }

    private ConstraintModel? ParseAllowedValues(JsonNode node, string what, ConstraintModel common, MemberDraft member)
    {
        var list = RequiredArray(node, "values", what);
        if (list is null)
        {
            return null;
        }

        var values = new List<string>();
        foreach (var item in list.Items)
        {
            var text = member.Scalar == ScalarKind.Integer
                ? (AsInteger(item, $"{what}: values") is { } number ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) : null)
                : AsStringAllowEmpty(item, $"{what}: values");
            if (text is null)
            {
                return null;
            }

            if (values.Contains(text))
            {
                Report(DiagnosticDescriptors.Duplicate, At(item), $"value in {what}", text);
                return null;
            }

            values.Add(text);
        }

        if (values.Count == 0)
        {
            Report(DiagnosticDescriptors.InvalidValue, At(list), $"{what}: values", "list at least one value");
            return null;
        }

        return common with { Kind = ConstraintKind.AllowedValues, Values = values.ToEquatableArray() };
    }

    private string? AsStringAllowEmpty(JsonNode node, string what) =>
        ExpectKind(node, JsonNodeKind.String, what) ? node.Text : null;

    private ConstraintModel? ParseCountBounds(JsonNode node, string what, ConstraintModel common, ConstraintKind kind, string minKey, string maxKey)
    {
        var min = OptionalInteger(node, minKey, what);
        var max = OptionalInteger(node, maxKey, what);
        if (min is null && max is null)
        {
            Report(DiagnosticDescriptors.MissingKey, At(node, headOnly: true), minKey, $"{what} (give '{minKey}', '{maxKey}' or both)");
            return null;
        }

        if (min < 0 || max < 0 || min > int.MaxValue || max > int.MaxValue)
        {
            Report(DiagnosticDescriptors.EmptyBounds, At(node, headOnly: true), common.Id.Length > 0 ? common.Id : what, "counts must be between 0 and 2147483647");
            return null;
        }

        if (min > max)
        {
            Report(DiagnosticDescriptors.EmptyBounds, At(node, headOnly: true), common.Id.Length > 0 ? common.Id : what, $"{minKey} {min} is greater than {maxKey} {max}");
            return null;
        }

        // Counts are whole numbers: kept as decimals only because ranges share the model.
        return common with { Kind = kind, Minimum = min, Maximum = max };
    }

    private ConstraintModel? ParsePattern(JsonNode node, string what, ConstraintModel common)
    {
        var pattern = RequiredString(node, "pattern", what);
        if (pattern is null)
        {
            return null;
        }

        if (!pattern.StartsWith("^", StringComparison.Ordinal) || !pattern.EndsWith("$", StringComparison.Ordinal) || pattern.EndsWith("\\$", StringComparison.Ordinal))
        {
            Report(DiagnosticDescriptors.InvalidPattern, At(node["pattern"]!), pattern, "a pattern must be anchored: start with ^ and end with $");
            return null;
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            Report(DiagnosticDescriptors.InvalidPattern, At(node["pattern"]!), pattern, e.Message);
            return null;
        }

        return common with { Kind = ConstraintKind.Pattern, Pattern = pattern };
    }

    private static bool IsRuleId(string id) => id.All(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_');

}
