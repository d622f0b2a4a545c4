using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using TcApi.Generator.Model;
using TcApi.Generator.Rules;

namespace TcApi.Generator.Analysis;

/// <summary>Checks one assigned constant against its member's constraints, with the run-time validator's semantics.</summary>
internal sealed class SingleFieldChecks
{
    private readonly ValueText _text;

    public SingleFieldChecks(ValueText text) => _text = text;

    public IEnumerable<Finding> Check(MemberRules member, ConstValue value, SyntaxNode valueSyntax)
    {
        if (!value.IsKnown)
        {
            yield break;
        }

        foreach (var rule in member.Constraints)
        {
            if (rule.AppliesToItems)
            {
                if (value.Kind != ConstKind.List)
                {
                    continue;
                }

                for (var index = 0; index < value.Items.Count; index++)
                {
                    var item = value.Items[index];
                    if (item.Value.IsKnown && item.Value.Kind != ConstKind.Null && !Holds(rule, item.Value, member.ItemType))
                    {
                        yield return Report(rule, member, item.Value, item.Syntax, member.ItemType, index, null);
                    }
                }
            }
            else if (rule.Kind == ConstraintKind.UniqueItems)
            {
                foreach (var finding in Duplicates(rule, member, value))
                {
                    yield return finding;
                }
            }
            else if (!Holds(rule, value, member.ValueType))
            {
                yield return Report(rule, member, value, valueSyntax, member.ValueType, null, null);
            }
        }
    }

    private IEnumerable<Finding> Duplicates(MemberRule rule, MemberRules member, ConstValue list)
    {
        if (list.Kind != ConstKind.List)
        {
            yield break;
        }

        for (var index = 1; index < list.Items.Count; index++)
        {
            var item = list.Items[index];
            for (var first = 0; first < index; first++)
            {
                if (item.Value.IsKnown && item.Value.SameAs(list.Items[first].Value))
                {
                    var finding = Report(rule, member, item.Value, item.Syntax, member.ItemType, index, first);
                    finding.AdditionalLocations.Add(list.Items[first].Syntax.GetLocation());
                    finding.Properties[DiagnosticProperties.RemoveItem] = "true";
                    yield return finding;
                    break;
                }
            }
        }
    }

    /// <summary>Whether a known value satisfies the rule; values of another kind than the rule reads pass.</summary>
    private static bool Holds(MemberRule rule, ConstValue value, ITypeSymbol? type)
    {
        switch (rule.Kind)
        {
            case ConstraintKind.Required:
                return value.Kind != ConstKind.Null;
            case ConstraintKind.DefinedEnum:
                return value.Kind != ConstKind.Integer || type is null || type.TypeKind != TypeKind.Enum || ValueText.IsDefined(type, value.Integer);
            case ConstraintKind.Range:
                var n = value.Integer;
                return value.Kind != ConstKind.Integer || (!(n < rule.Minimum) && !(n > rule.Maximum) && !(n <= rule.ExclusiveMinimum) && !(n >= rule.ExclusiveMaximum));
            case ConstraintKind.Length:
                return value.Kind != ConstKind.String || (!(value.Text.Length < rule.Minimum) && !(value.Text.Length > rule.Maximum));
            case ConstraintKind.Pattern:
                return value.Kind != ConstKind.String || rule.Pattern is null || Matches(rule.Pattern, value.Text);
            case ConstraintKind.ItemCount:
                return value.Kind != ConstKind.List || !value.ItemsComplete || (!(value.Items.Count < rule.Minimum) && !(value.Items.Count > rule.Maximum));
            default:
                return true;
        }
    }

    private static bool Matches(string pattern, string text)
    {
        try
        {
            return Regex.IsMatch(text, AnchoredPattern.ToDotNet(pattern), RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
        }
        catch (ArgumentException)
        {
            return true;
        }
        catch (RegexMatchTimeoutException)
        {
            return true;
        }
    }

    private Finding Report(MemberRule rule, MemberRules member, ConstValue value, SyntaxNode syntax, ITypeSymbol? valueType, int? index, int? firstIndex)
    {
        var values = new Dictionary<string, string>
        {
            ["member"] = member.WireName,
            ["value"] = _text.Wire(value),
            ["pattern"] = rule.Pattern ?? string.Empty,
            ["length"] = ValueText.Number(value.Text.Length),
            ["count"] = ValueText.Number(value.Items.Count),
        };
        void Bound(string name, long? bound)
        {
            if (bound is { } b)
            {
                values[name] = ValueText.Number(b);
            }
        }

        var prefix = rule.Kind switch { ConstraintKind.Length => "Length", ConstraintKind.ItemCount => "Items", _ => string.Empty };
        Bound(prefix.Length == 0 ? "minimum" : "min" + prefix, rule.Minimum);
        Bound(prefix.Length == 0 ? "maximum" : "max" + prefix, rule.Maximum);
        Bound("exclusiveMinimum", rule.ExclusiveMinimum);
        Bound("exclusiveMaximum", rule.ExclusiveMaximum);
        if (index is { } i)
        {
            values["index"] = ValueText.Number(i);
        }

        if (firstIndex is { } f)
        {
            values["firstIndex"] = ValueText.Number(f);
        }

        if (valueType is { TypeKind: TypeKind.Enum })
        {
            values["allowed"] = _text.Allowed(valueType);
        }

        var finding = new Finding(Finding.DescriptorFor(rule.Kind), rule.RuleId, MessageFormatter.Format(rule.Message, values), rule.Severity, syntax.GetLocation());
        if (rule.Kind == ConstraintKind.Range && value.Kind == ConstKind.Integer)
        {
            finding.Properties[DiagnosticProperties.FixValue] = ValueText.Number(Clamp(rule, value.Integer));
        }

        return finding;
    }

    private static long Clamp(MemberRule rule, long value)
    {
        var lower = rule.Minimum ?? (rule.ExclusiveMinimum + 1);
        var upper = rule.Maximum ?? (rule.ExclusiveMaximum - 1);
        return lower is { } l && value < l ? l : upper is { } u && value > u ? u : value;
    }
}
