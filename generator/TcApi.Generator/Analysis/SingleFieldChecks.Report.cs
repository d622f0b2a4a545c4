using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using TcApi.Contract;
using TcApi.Generator.Model;

namespace TcApi.Generator.Analysis;

internal sealed partial class SingleFieldChecks
{
    /// <summary>The finding with the spec's message filled in as <c>Validate()</c> fills it, and the data its code fix needs.</summary>
    private Finding Report(MemberRule rule, MemberRules member, ConstValue value, SyntaxNode syntax, ITypeSymbol? valueType, int? index, int? firstIndex)
    {
        var values = new Dictionary<string, string>
        {
            ["member"] = member.WireName,
            ["value"] = _text.Wire(value),
            ["pattern"] = rule.Pattern ?? string.Empty,
            ["length"] = ValueText.Number(value.Text.Length),
            ["count"] = ValueText.Number(value.Items.Count),
            ["bytes"] = ValueText.Number(System.Text.Encoding.UTF8.GetByteCount(value.Text)),
        };
        void Bound(string name, Number? bound)
        {
            if (bound is { } b)
            {
                values[name] = b.BoundText();
            }
        }

        var prefix = rule.Kind switch { ConstraintKind.Length => "Length", ConstraintKind.ByteLength => "Bytes", ConstraintKind.ItemCount => "Items", _ => string.Empty };
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

        if (rule.Kind == ConstraintKind.AllowedValues)
        {
            values["allowed"] = string.Join(", ", rule.Values);
        }
        else if (valueType is { TypeKind: TypeKind.Enum })
        {
            values["allowed"] = _text.Allowed(valueType);
        }

        var finding = new Finding(Finding.DescriptorFor(rule.Kind, rule.Documented), rule.RuleId, MessageFormatter.Format(rule.Message, values), rule.Severity, syntax.GetLocation(), rule.Documented);
        var fix = rule.Kind switch
        {
            ConstraintKind.Range when value.AsNumber is { } number && valueType is not null => FixValues.Clamp(rule, number, valueType),
            ConstraintKind.AllowedValues => FixValues.NearestAllowed(rule, value),
            _ => null,
        };
        if (fix is not null)
        {
            finding.Properties[DiagnosticProperties.FixValue] = fix;
            if (index is null)
            {
                finding.Properties[DiagnosticProperties.FixMember] = member.Name;
            }
        }

        return finding;
    }
}
