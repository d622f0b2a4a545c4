using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using TcApi.Contract;
using TcApi.Generator.Model;

namespace TcApi.Generator.Analysis;

/// <summary>Reads a request's or object's rules from its constraint attributes, once per type per compilation.</summary>
internal sealed partial class AttributeRuleReader
{
    private readonly ConstraintSymbols _symbols;
    private readonly ConcurrentDictionary<INamedTypeSymbol, RequestRules?> _cache = new(SymbolEqualityComparer.Default);

    public AttributeRuleReader(ConstraintSymbols symbols) => _symbols = symbols;

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
            "RangeConstraintAttribute" or "FloatRangeConstraintAttribute" => ConstraintKind.Range,
            "LengthConstraintAttribute" => ConstraintKind.Length,
            "ByteLengthConstraintAttribute" => ConstraintKind.ByteLength,
            "PatternConstraintAttribute" => ConstraintKind.Pattern,
            "ItemCountConstraintAttribute" => ConstraintKind.ItemCount,
            "UniqueItemsConstraintAttribute" => ConstraintKind.UniqueItems,
            "AllowedValuesConstraintAttribute" => ConstraintKind.AllowedValues,
            _ => (ConstraintKind?)null,
        };
        if (kind is null)
        {
            return null;
        }

        var rule = new MemberRule { Kind = kind.Value, RuleId = id, Message = message };
        switch (kind)
        {
            case ConstraintKind.Pattern when args.Length == 3 && args[2].Value is string pattern:
                rule.Pattern = pattern;
                break;
            case ConstraintKind.Pattern:
                return null;
            case ConstraintKind.AllowedValues when args.Length == 3 && args[2].Kind == TypedConstantKind.Array:
                rule.Values = Strings(args[2]);
                break;
            case ConstraintKind.AllowedValues:
                return null;
        }

        foreach (var named in attribute.NamedArguments)
        {
            var value = named.Value.Value;
            switch (named.Key)
            {
                case "Minimum" or "MinLength" or "MinBytes" or "MinItems": rule.Minimum = ToNumber(value); break;
                case "Maximum" or "MaxLength" or "MaxBytes" or "MaxItems": rule.Maximum = ToNumber(value); break;
                case "ExclusiveMinimum": rule.ExclusiveMinimum = ToNumber(value); break;
                case "ExclusiveMaximum": rule.ExclusiveMaximum = ToNumber(value); break;
                case "AppliesToItems": rule.AppliesToItems = value is true; break;
                case "Severity" when ToSeverity(value) is { } severity: rule.Severity = severity; break;
                case "Severity": return null;
                case "Documented": rule.Documented = value as string; break;
            }
        }

        return rule;
    }

    private static ImmutableArray<string> Strings(TypedConstant array) =>
        array.Values.Select(v => v.Value as string).OfType<string>().ToImmutableArray();

    private static Number? ToNumber(object? value) => value switch
    {
        double d => Number.Of(d),
        float f => Number.Of(f),
        _ => ToLong(value) is { } n ? Number.Of(n) : null,
    };

    private static long? ToLong(object? value) => value switch
    {
        int i => i,
        long l => l,
        short s => s,
        byte b => b,
        uint u => u,
        ulong u when u <= long.MaxValue => (long)u,
        _ => null,
    };

    /// <summary>
    /// A <c>RuleSeverity</c> argument (its number in metadata, the same enum source as the runtime's:
    /// spec/contract/RuleSeverity.cs). A number the contract does not define drops the rule: one read wrongly would report
    /// what <c>Validate()</c> does not.
    /// </summary>
    private static DiagnosticSeverity? ToSeverity(object? value) => value is int raw && Defined<RuleSeverity>(raw)
        ? (RuleSeverity)raw switch
        {
            RuleSeverity.Error => DiagnosticSeverity.Error,
            RuleSeverity.Warning => DiagnosticSeverity.Warning,
            _ => throw new System.ArgumentOutOfRangeException(nameof(value), raw, "a severity without a diagnostic severity"),
        }
        : null;

    /// <summary>Whether a contract enum's number, read from an attribute, is one of its members.</summary>
    private static bool Defined<T>(int raw)
        where T : struct, System.Enum => System.Enum.IsDefined(typeof(T), raw);
}
