using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using TcApi.Generator.Model;

namespace TcApi.Generator.Analysis;

/// <summary>Reads a request type's rules from its constraint attributes, once per type per compilation.</summary>
internal sealed class RuleReader
{
    private readonly ConstraintSymbols _symbols;
    private readonly ConcurrentDictionary<INamedTypeSymbol, RequestRules?> _cache = new(SymbolEqualityComparer.Default);

    public RuleReader(ConstraintSymbols symbols) => _symbols = symbols;

    public ConstraintSymbols Symbols => _symbols;

    /// <summary>The rules of <paramref name="type"/>, or <see langword="null"/> when it carries none.</summary>
    public RequestRules? For(ITypeSymbol? type) =>
        type is INamedTypeSymbol named ? _cache.GetOrAdd(named.OriginalDefinition, Read) : null;

    private RequestRules? Read(INamedTypeSymbol type)
    {
        var rules = new RequestRules();
        foreach (var attribute in type.GetAttributes().Where(a => _symbols.IsCrossFieldRule(a.AttributeClass)))
        {
            if (ReadRule(attribute) is { } rule)
            {
                rules.Rules.Add(rule);
            }
        }

        // A member the rules name is read even without constraints of its own: its value decides the rule.
        var named = new System.Collections.Generic.HashSet<string>(rules.Rules.SelectMany(r => r.Members));
        foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
        {
            var attributes = property.GetAttributes();
            var constraints = attributes.Where(a => _symbols.IsMemberConstraint(a.AttributeClass)).ToList();
            var wireNameAttribute = attributes.FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, _symbols.WireName));
            if (constraints.Count == 0 && wireNameAttribute is null && !named.Contains(property.Name))
            {
                continue;
            }

            var wireName = wireNameAttribute?.ConstructorArguments.FirstOrDefault().Value as string ?? property.Name;
            var member = new MemberRules(property, wireName);
            member.Constraints.AddRange(constraints.Select(ReadConstraint).OfType<MemberRule>());
            rules.Members[property.Name] = member;
        }

        return rules.IsEmpty ? null : rules;
    }

    private static MemberRule? ReadConstraint(AttributeData attribute)
    {
        var args = attribute.ConstructorArguments;
        if (args.Length < 2 || args[0].Value is not string id || args[1].Value is not string message)
        {
            return null;
        }

        var kind = attribute.AttributeClass!.Name switch
        {
            "RequiredConstraintAttribute" => ConstraintKind.Required,
            "DefinedEnumConstraintAttribute" => ConstraintKind.DefinedEnum,
            "RangeConstraintAttribute" => ConstraintKind.Range,
            "LengthConstraintAttribute" => ConstraintKind.Length,
            "PatternConstraintAttribute" => ConstraintKind.Pattern,
            "ItemCountConstraintAttribute" => ConstraintKind.ItemCount,
            "UniqueItemsConstraintAttribute" => ConstraintKind.UniqueItems,
            _ => (ConstraintKind?)null,
        };
        if (kind is null)
        {
            return null;
        }

        var rule = new MemberRule { Kind = kind.Value, RuleId = id, Message = message, Pattern = args.Length > 2 ? args[2].Value as string : null };
        foreach (var named in attribute.NamedArguments)
        {
            var value = named.Value.Value;
            switch (named.Key)
            {
                case "Minimum" or "MinLength" or "MinItems": rule.Minimum = ToLong(value); break;
                case "Maximum" or "MaxLength" or "MaxItems": rule.Maximum = ToLong(value); break;
                case "ExclusiveMinimum": rule.ExclusiveMinimum = ToLong(value); break;
                case "ExclusiveMaximum": rule.ExclusiveMaximum = ToLong(value); break;
                case "AppliesToItems": rule.AppliesToItems = value is true; break;
                case "Severity": rule.Severity = ToSeverity(value); break;
            }
        }

        return rule;
    }

    private static CrossRule? ReadRule(AttributeData attribute)
    {
        var args = attribute.ConstructorArguments;
        if (args.Length < 2 || args[0].Value is not string id || args[1].Value is not string message)
        {
            return null;
        }

        var rule = new CrossRule { RuleId = id, Message = message };
        foreach (var named in attribute.NamedArguments)
        {
            if (named.Key == "Severity")
            {
                rule.Severity = ToSeverity(named.Value.Value);
            }
        }

        rule.NoneSetSeverity = rule.Severity;
        foreach (var named in attribute.NamedArguments)
        {
            if (named.Key == "NoneSetSeverity")
            {
                rule.NoneSetSeverity = ToSeverity(named.Value.Value);
            }
        }

        switch (attribute.AttributeClass!.Name)
        {
            case "ExactlyOneOfRuleAttribute" when args.Length == 3:
                rule.Kind = RuleKind.ExactlyOneOf;
                rule.Members = Strings(args[2]);
                return rule;
            case "AtMostOneOfRuleAttribute" when args.Length == 3:
                rule.Kind = RuleKind.AtMostOneOf;
                rule.Members = Strings(args[2]);
                return rule;
            case "DependentRequiredRuleAttribute" when args.Length == 4:
                rule.Kind = RuleKind.DependentRequired;
                rule.Members = new[] { (string)args[2].Value! }.Concat(Strings(args[3])).ToList();
                return rule;
            case "CompareRuleAttribute" when args.Length == 5:
                rule.Kind = RuleKind.Compare;
                rule.Members = new[] { (string)args[2].Value!, (string)args[4].Value! };
                rule.Operator = (CompareOperator)(int)args[3].Value!;
                return rule;
            case "ImpliesRuleAttribute" when args.Length == 8:
                rule.Kind = RuleKind.Implies;
                rule.When = ReadCondition(args[2], args[3], args[4]);
                rule.Then = ReadCondition(args[5], args[6], args[7]);
                rule.Members = new[] { rule.When.Member, rule.Then.Member };
                return rule;
            default:
                return null;
        }
    }

    private static Condition ReadCondition(TypedConstant member, TypedConstant op, TypedConstant values) =>
        new((string)member.Value!, (ConditionOperator)(int)op.Value!, values.Values.Select(ToConst).ToList());

    private static ConstValue ToConst(TypedConstant constant) => constant.Kind switch
    {
        TypedConstantKind.Enum => ConstValue.OfInteger(ToLong(constant.Value) ?? 0, constant.Type),
        _ => constant.Value switch
        {
            bool b => ConstValue.OfBool(b),
            string s => ConstValue.OfString(s),
            null => ConstValue.Null,
            var number => ToLong(number) is { } n ? ConstValue.OfInteger(n) : ConstValue.Unknown,
        },
    };

    private static ImmutableArray<string> Strings(TypedConstant array) =>
        array.Values.Select(v => v.Value as string).OfType<string>().ToImmutableArray();

    private static long? ToLong(object? value) => value switch
    {
        int i => i,
        long l => l,
        short s => s,
        byte b => b,
        uint u => u,
        _ => null,
    };

    private static DiagnosticSeverity ToSeverity(object? value) => value is 1 ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
}
