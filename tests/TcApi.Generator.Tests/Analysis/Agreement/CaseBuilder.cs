using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TcApi.Generator.Tests.Analysis.Agreement;

/// <summary>
/// For every rule of a request or object — constraints, the implied required and enum rules, cross-field rules — values
/// that break it and values that keep it, each made from the type's valid value by changing only what the rule reads.
/// </summary>
internal static partial class CaseBuilder
{
    public static IEnumerable<AgreementCase> For(SpecType type)
    {
        foreach (var member in type.Members)
        {
            if (member.Required)
            {
                // A required value-typed member cannot be null in C#: the compiler keeps that rule, no case can break it.
                if (member.CanBeNull)
                {
                    yield return Case(type, $"{type.SpecName}.{member.WireName}.required", true, "", (member, null));
                }

                yield return Case(type, $"{type.SpecName}.{member.WireName}.required", false, "", (member, SampleValues.Of(type, member)));
            }

            if (member.Enum is not null)
            {
                var undefined = member.Enum["wireType"]!.ToString() == "string" ? JsonValue.Create("no-such-value") : JsonValue.Create(999);
                yield return Case(type, $"{type.SpecName}.{member.WireName}.enum", true, "", (member, member.IsList ? new JsonArray(undefined) : undefined));
                yield return Case(type, $"{type.SpecName}.{member.WireName}.enum", false, "", (member, SampleValues.Of(type, member)));
            }

            foreach (var constraint in member.Constraints.Concat(member.ItemConstraints))
            {
                var onItems = member.ItemConstraints.Contains(constraint);
                foreach (var (violates, variant, value) in ConstraintValues(type, member, constraint, onItems))
                {
                    yield return Case(type, (string)constraint["id"]!, violates, variant, (member, value));
                }
            }
        }

        foreach (var rule in type.Rules)
        {
            foreach (var (violates, variant, changes) in RuleValues(type, rule))
            {
                yield return Case(type, (string)rule["id"]!, violates, variant, changes.ToArray());
            }
        }
    }

    private static AgreementCase Case(SpecType type, string id, bool violates, string variant, params (SpecMember Member, JsonNode? Value)[] changes)
    {
        var input = SampleValues.Of(type);
        foreach (var (member, value) in changes)
        {
            input[member.WireName] = value?.DeepClone();
        }

        return new AgreementCase(type, id, violates, variant, input);
    }

    private static IEnumerable<(bool Violates, string Variant, JsonNode? Value)> ConstraintValues(SpecType type, SpecMember member, JsonObject c, bool onItems)
    {
        long? Get(string key) => (long?)c[key];
        JsonNode? Scalar(JsonNode? value) => value is null ? null : onItems ? new JsonArray(value) : value;
        switch ((string)c["kind"]!)
        {
            case "range":
                foreach (var (violates, variant, value) in RangeValues(member, c))
                {
                    yield return (violates, variant, Scalar(value));
                }

                break;
            case "length":
                foreach (var violates in new[] { true, false })
                {
                    var length = violates ? (Get("maxLength") is { } max ? max + 1 : Get("minLength")!.Value - 1) : Get("maxLength") ?? Get("minLength")!.Value;
                    if (length >= 0)
                    {
                        yield return (violates, "", Scalar(JsonValue.Create(new string('a', (int)length))));
                    }
                }

                break;
            case "byteLength":
                // Multibyte text, so a check that counted characters would disagree: three bytes a character, padded with ASCII.
                foreach (var violates in new[] { true, false })
                {
                    var bytes = violates ? (Get("maxBytes") is { } max ? max + 1 : Get("minBytes")!.Value - 1) : Get("maxBytes") ?? Get("minBytes")!.Value;
                    if (bytes >= 0)
                    {
                        yield return (violates, "", Scalar(JsonValue.Create(new string('中', (int)bytes / 3) + new string('a', (int)bytes % 3))));
                    }
                }

                break;
            case "pattern":
                var pattern = (string)c["pattern"]!;
                var regex = new Regex(pattern[..^1] + "\\z");
                yield return (true, "", Scalar(JsonValue.Create(new[] { "!", "", "A", "a", "0" }.First(s => !regex.IsMatch(s)))));
                yield return (false, "", SampleValues.Of(type, member));
                break;
            case "itemCount":
                foreach (var violates in new[] { true, false })
                {
                    var count = violates ? (Get("minItems") is > 0 and var min ? min - 1 : Get("maxItems")!.Value + 1) : Get("minItems") ?? Get("maxItems")!.Value;
                    yield return (violates, "", new JsonArray(Enumerable.Range(0, (int)count).Select(i => SampleValues.Item(type.File, member, i)).ToArray()));
                }

                break;
            case "allowedValues":
                var allowed = c["values"]!.AsArray();
                var other = member.Type == "integer"
                    ? JsonValue.Create(allowed.Select(v => (long)v!).Max() + 1)
                    : JsonValue.Create("no-such-value");
                yield return (true, "", Scalar(other));
                foreach (var (value, i) in allowed.Select((v, i) => (v, i)))
                {
                    yield return (false, ":" + i, Scalar(value!.DeepClone()));
                }

                break;
            default:
                yield return (true, "", new JsonArray(SampleValues.Item(type.File, member, 0), SampleValues.Item(type.File, member, 0)));
                yield return (false, "", new JsonArray(SampleValues.Item(type.File, member, 0), SampleValues.Item(type.File, member, 1)));
                break;
        }
    }

    /// <summary>
    /// A value beyond each bound the range sets and a value at (or, for an exclusive bound, just inside) it. A double
    /// member is tested at its exclusive bound itself, where only the comparison's strictness decides.
    /// </summary>
    private static IEnumerable<(bool, string, JsonNode)> RangeValues(SpecMember member, JsonObject c)
    {
        JsonNode Number(decimal value) => member.IsFloat ? JsonValue.Create(value) : JsonValue.Create((long)value);
        var step = member.IsFloat ? 0.25m : 1m;
        if ((decimal?)c["minimum"] is { } min)
        {
            yield return (true, ":minimum", Number(member.IsFloat ? min - step : decimal.Ceiling(min) - 1));
            yield return (false, ":minimum", Number(member.IsFloat ? min : decimal.Ceiling(min)));
        }

        if ((decimal?)c["exclusiveMinimum"] is { } exclusiveMin)
        {
            yield return (true, ":exclusiveMinimum", Number(member.IsFloat ? exclusiveMin : decimal.Floor(exclusiveMin)));
            yield return (false, ":exclusiveMinimum", Number(member.IsFloat ? exclusiveMin + step : decimal.Floor(exclusiveMin) + 1));
        }

        if ((decimal?)c["maximum"] is { } max)
        {
            yield return (true, ":maximum", Number(member.IsFloat ? max + step : decimal.Floor(max) + 1));
            yield return (false, ":maximum", Number(member.IsFloat ? max : decimal.Floor(max)));
        }

        if ((decimal?)c["exclusiveMaximum"] is { } exclusiveMax)
        {
            yield return (true, ":exclusiveMaximum", Number(member.IsFloat ? exclusiveMax : decimal.Ceiling(exclusiveMax)));
            yield return (false, ":exclusiveMaximum", Number(member.IsFloat ? exclusiveMax - step : decimal.Ceiling(exclusiveMax) - 1));
        }
    }
}
