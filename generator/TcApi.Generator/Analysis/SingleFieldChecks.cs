using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using TcApi.Contract;
using TcApi.Generator.Model;
using TcApi.Generator.Rules;

namespace TcApi.Generator.Analysis;

/// <summary>Checks one assigned constant against its member's constraints, with the run-time validator's semantics.</summary>
internal sealed partial class SingleFieldChecks
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
                return value.AsNumber is not { } number || !OutOfRange(rule, number);
            case ConstraintKind.Length:
                return value.Kind != ConstKind.String || !OutOfRange(rule, Number.Of(value.Text.Length));
            case ConstraintKind.ByteLength:
                return value.Kind != ConstKind.String || !OutOfRange(rule, Number.Of(System.Text.Encoding.UTF8.GetByteCount(value.Text)));
            case ConstraintKind.Pattern:
                return value.Kind != ConstKind.String || rule.Pattern is null || Matches(rule.Pattern, value.Text);
            case ConstraintKind.ItemCount:
                return value.Kind != ConstKind.List || !value.ItemsComplete || !OutOfRange(rule, Number.Of(value.Items.Count));
            case ConstraintKind.AllowedValues:
                return value.Kind switch
                {
                    ConstKind.String => rule.Values.Contains(value.Text),
                    ConstKind.Integer when value.EnumType is null => rule.Values.Any(v => ParseInteger(v) == value.Integer),
                    _ => true,
                };
            default:
                return true;
        }
    }

    /// <summary>The generated check, <c>v &lt; min || v &lt;= exclusiveMin || v &gt; max || v &gt;= exclusiveMax</c>, for the bounds that are set.</summary>
    private static bool OutOfRange(MemberRule rule, Number value) =>
        (rule.Minimum is { } min && Number.Less(value, min)) ||
        (rule.ExclusiveMinimum is { } exclusiveMin && Number.LessOrEqual(value, exclusiveMin)) ||
        (rule.Maximum is { } max && Number.Less(max, value)) ||
        (rule.ExclusiveMaximum is { } exclusiveMax && Number.LessOrEqual(exclusiveMax, value));

    /// <summary>An allowed value of an integer member: the generator writes them as decimal text.</summary>
    public static long? ParseInteger(string text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

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
}
