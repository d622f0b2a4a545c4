using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace TcApi.Generator.Analysis;

internal enum ConstKind
{
    Unknown,
    Null,
    Integer,
    Float,
    String,
    Bool,
    List,

    /// <summary>A <c>new</c> expression: present, but nothing else is known of it here (its own initializer is analyzed on its own).</summary>
    Object,
}

/// <summary>
/// A value the analyzer knows at compile time, or <see cref="ConstKind.Unknown"/>. Enum values are integers that
/// remember their enum type; a list knows its items and whether it knows all of them (a spread element hides some).
/// </summary>
internal sealed class ConstValue
{
    public static readonly ConstValue Unknown = new(ConstKind.Unknown);
    public static readonly ConstValue Null = new(ConstKind.Null);
    public static readonly ConstValue Object = new(ConstKind.Object);

    private ConstValue(ConstKind kind) => Kind = kind;

    public ConstKind Kind { get; private set; }

    public long Integer { get; private set; }

    public double Real { get; private set; }

    public string Text { get; private set; } = string.Empty;

    public bool Bool { get; private set; }

    public ITypeSymbol? EnumType { get; private set; }

    public IReadOnlyList<ListItem> Items { get; private set; } = new List<ListItem>();

    /// <summary>Whether <see cref="Items"/> are all the list's items.</summary>
    public bool ItemsComplete { get; private set; }

    public bool IsKnown => Kind != ConstKind.Unknown;

    /// <summary>The value of a number (an enum's is not one: its members are names, not quantities).</summary>
    public Number? AsNumber => Kind switch
    {
        ConstKind.Integer when EnumType is null => Number.Of(Integer),
        ConstKind.Float => Number.Of(Real),
        _ => null,
    };

    public static ConstValue OfInteger(long value, ITypeSymbol? enumType = null) => new(ConstKind.Integer) { Integer = value, EnumType = enumType };

    public static ConstValue OfFloat(double value) => new(ConstKind.Float) { Real = value };

    public static ConstValue OfString(string value) => new(ConstKind.String) { Text = value };

    public static ConstValue OfBool(bool value) => new(ConstKind.Bool) { Bool = value };

    public static ConstValue OfList(IReadOnlyList<ListItem> items, bool complete) => new(ConstKind.List) { Items = items, ItemsComplete = complete };

    /// <summary>
    /// Equality of known scalar values, as a constant pattern (<c>is 5</c>, <c>is 0.5</c>) tests it: an enum value
    /// equals the integer of the same value, an integer equals the double of the same value, NaN matches NaN.
    /// </summary>
    public bool SameAs(ConstValue other)
    {
        if (AsNumber is { } a && other.AsNumber is { } b)
        {
            return Number.Equal(a, b) || (double.IsNaN(a.Real) && double.IsNaN(b.Real));
        }

        return Kind == other.Kind && Kind switch
        {
            ConstKind.Integer => Integer == other.Integer,
            ConstKind.String => Text == other.Text,
            ConstKind.Bool => Bool == other.Bool,
            ConstKind.Null => true,
            _ => false,
        };
    }
}

/// <summary>A list item with the syntax it was written as, so a diagnostic can point at it.</summary>
internal sealed record ListItem(ConstValue Value, SyntaxNode Syntax);
