using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using TcApi.Contract;
using TcApi.Generator.Model;

namespace TcApi.Generator.Analysis;

internal sealed partial class AttributeRuleReader
{
    private static CrossRule? ReadRule(AttributeData attribute)
    {
        var args = attribute.ConstructorArguments;
        if (args.Length < 2 || args[0].Value is not string id || args[1].Value is not string message)
        {
            return null;
        }

        var rule = new CrossRule { RuleId = id, Message = message };
        var named = attribute.NamedArguments.ToDictionary(n => n.Key, n => n.Value);
        if (named.TryGetValue("Severity", out var severity))
        {
            if (ToSeverity(severity.Value) is not { } read)
            {
                return null;
            }

            rule.Severity = read;
        }

        if (!named.TryGetValue("NoneSetSeverity", out var noneSet))
        {
            rule.NoneSetSeverity = rule.Severity;
        }
        else if (ToSeverity(noneSet.Value) is { } noneSetSeverity)
        {
            rule.NoneSetSeverity = noneSetSeverity;
        }
        else
        {
            return null;
        }

        rule.Documented = named.TryGetValue("Documented", out var documented) ? documented.Value as string : null;
        switch (attribute.AttributeClass!.Name)
        {
            case "ExactlyOneOfRuleAttribute" or "AtMostOneOfRuleAttribute" or "AtLeastOneOfRuleAttribute" when args.Length == 3:
                rule.Kind = attribute.AttributeClass.Name switch
                {
                    "ExactlyOneOfRuleAttribute" => RuleKind.ExactlyOneOf,
                    "AtMostOneOfRuleAttribute" => RuleKind.AtMostOneOf,
                    "AtLeastOneOfRuleAttribute" => RuleKind.AtLeastOneOf,
                    _ => throw new System.ArgumentOutOfRangeException(nameof(attribute), attribute.AttributeClass.Name, "not a one-of rule"),
                };
                rule.Members = Strings(args[2]);
                return rule;
            case "DependentRequiredRuleAttribute" when args.Length == 4:
                rule.Kind = RuleKind.DependentRequired;
                rule.Members = new[] { (string)args[2].Value! }.Concat(Strings(args[3])).ToList();
                return rule;
            case "CompareRuleAttribute" when args.Length == 5 && args[3].Value is int op && Defined<CompareOperator>(op):
                rule.Kind = RuleKind.Compare;
                rule.Members = new[] { (string)args[2].Value!, (string)args[4].Value! };
                rule.Operator = (CompareOperator)op;
                return rule;
            case "ImpliesRuleAttribute" when args.Length == 8:
                var when = Conditions(ReadCondition(args[2], args[3], args[4]), named, "When");
                var then = Conditions(ReadCondition(args[5], args[6], args[7]), named, "Then");
                if (when is null || then is null)
                {
                    return null;
                }

                rule.Kind = RuleKind.Implies;
                rule.When = when;
                rule.Then = then;
                rule.Members = when.Concat(then).Select(c => c.Member).Distinct().ToList();
                return rule;
            default:
                return null;
        }
    }

    /// <summary>
    /// The first condition and the further ones, which the attribute flattens into parallel arrays (attribute
    /// arguments cannot nest arrays). Arrays that do not line up drop the rule: a rule read wrongly would report
    /// what <c>Validate()</c> does not.
    /// </summary>
    private static List<Condition>? Conditions(Condition? first, Dictionary<string, TypedConstant> named, string side)
    {
        if (first is null)
        {
            return null;
        }

        var conditions = new List<Condition> { first };
        var members = Array(named, $"More{side}Members");
        var operators = Array(named, $"More{side}Operators");
        var counts = Array(named, $"More{side}ValueCounts");
        var values = Array(named, $"More{side}Values");
        if (members.Length != operators.Length || members.Length != counts.Length)
        {
            return null;
        }

        var next = 0;
        for (var i = 0; i < members.Length; i++)
        {
            if (members[i].Value is not string member || operators[i].Value is not int op || !Defined<ConditionOperator>(op) ||
                counts[i].Value is not int count || count < 0 || next + count > values.Length)
            {
                return null;
            }

            conditions.Add(new Condition(member, (ConditionOperator)op, values.Skip(next).Take(count).Select(ToConst).ToList()));
            next += count;
        }

        return next == values.Length ? conditions : null;
    }

    private static ImmutableArray<TypedConstant> Array(Dictionary<string, TypedConstant> named, string key) =>
        named.TryGetValue(key, out var array) && array.Kind == TypedConstantKind.Array && !array.IsNull ? array.Values : ImmutableArray<TypedConstant>.Empty;

    private static Condition? ReadCondition(TypedConstant member, TypedConstant op, TypedConstant values) =>
        member.Value is string name && op.Value is int test && Defined<ConditionOperator>(test) && values.Kind == TypedConstantKind.Array
            ? new Condition(name, (ConditionOperator)test, values.Values.Select(ToConst).ToList())
            : null;

    /// <summary>A condition's value; one the analyzer cannot hold (a <c>ulong</c> beyond <c>long</c>) is unknown, and so is the condition.</summary>
    private static ConstValue ToConst(TypedConstant constant) => constant.Kind switch
    {
        TypedConstantKind.Enum => ToLong(constant.Value) is { } e ? ConstValue.OfInteger(e, constant.Type) : ConstValue.Unknown,
        _ => constant.Value switch
        {
            bool b => ConstValue.OfBool(b),
            string s => ConstValue.OfString(s),
            double d => ConstValue.OfFloat(d),
            float f => ConstValue.OfFloat(f),
            null => ConstValue.Null,
            var number => ToLong(number) is { } n ? ConstValue.OfInteger(n) : ConstValue.Unknown,
        },
    };
}
