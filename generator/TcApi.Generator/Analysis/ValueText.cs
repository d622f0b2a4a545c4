using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace TcApi.Generator.Analysis;

/// <summary>How values appear in messages (as on the wire) and in code fixes (as C#).</summary>
internal sealed class ValueText
{
    private readonly INamedTypeSymbol? _wireValueAttribute;

    public ValueText(INamedTypeSymbol? wireValueAttribute) => _wireValueAttribute = wireValueAttribute;

    /// <summary>
    /// The wire form: an enum's wire value, 1/0 for a flag, "present" for a list or an object. A JSON boolean is a
    /// <see langword="bool"/> too, and the attributes do not tell it from a flag: it shows as 1/0 here.
    /// </summary>
    public string Wire(ConstValue value) => value.Kind switch
    {
        ConstKind.Integer when value.EnumType is { } type => EnumField(type, value.Integer) is { } field ? WireValue(field) : Number(value.Integer),
        ConstKind.Integer => Number(value.Integer),
        ConstKind.Float => Analysis.Number.RealText(value.Real),
        ConstKind.Bool => value.Bool ? "1" : "0",
        ConstKind.String => value.Text,
        ConstKind.Null => "absent",
        ConstKind.List or ConstKind.Object => "present",
        _ => "?",
    };

    /// <summary>The wire values of an enum's members, in declaration order.</summary>
    public string Allowed(ITypeSymbol enumType) =>
        string.Join(", ", enumType.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).Select(WireValue));

    /// <summary>Whether <paramref name="value"/> is the value of a member of <paramref name="enumType"/>.</summary>
    public static bool IsDefined(ITypeSymbol enumType, long value) => EnumField(enumType, value) is not null;

    /// <summary>C# source for a constant of <paramref name="type"/> (a property's value type).</summary>
    public static string CSharp(ITypeSymbol type, ConstValue value) => value.Kind switch
    {
        ConstKind.Integer when type.TypeKind == TypeKind.Enum && EnumField(type, value.Integer) is { } field =>
            type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + field.Name,
        ConstKind.Integer when type.SpecialType is SpecialType.System_Double or SpecialType.System_Single => Real(value.Integer),
        ConstKind.Integer => Number(value.Integer),
        ConstKind.Float => Real(value.Real),
        ConstKind.Bool => value.Bool ? "true" : "false",
        ConstKind.String => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(value.Text, quote: true),
        _ => "null",
    };

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A <see langword="double"/> literal: <c>1.5</c>, <c>300.0</c>.</summary>
    public static string Real(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return double.IsNaN(value) ? "double.NaN" : value > 0 ? "double.PositiveInfinity" : "double.NegativeInfinity";
        }

        var text = Analysis.Number.RealText(value);
        return text.IndexOf('.') >= 0 || text.IndexOf('E') >= 0 ? text : text + ".0";
    }

    private string WireValue(IFieldSymbol field) =>
        field.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, _wireValueAttribute))
            ?.ConstructorArguments.FirstOrDefault().Value as string
        ?? field.Name;

    private static IFieldSymbol? EnumField(ITypeSymbol enumType, long value) =>
        enumType.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue && System.Convert.ToInt64(f.ConstantValue, CultureInfo.InvariantCulture) == value);
}

/// <summary>Fills a spec message template; unknown placeholders stay as written.</summary>
internal static class MessageFormatter
{
    public static string Format(string template, IReadOnlyDictionary<string, string> values)
    {
        var text = new System.Text.StringBuilder(template.Length + 16);
        var index = 0;
        while (index < template.Length)
        {
            var open = template.IndexOf('{', index);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (open < 0 || close < 0)
            {
                text.Append(template, index, template.Length - index);
                break;
            }

            text.Append(template, index, open - index);
            var name = template.Substring(open + 1, close - open - 1);
            text.Append(values.TryGetValue(name, out var value) ? value : "{" + name + "}");
            index = close + 1;
        }

        return text.ToString();
    }
}
