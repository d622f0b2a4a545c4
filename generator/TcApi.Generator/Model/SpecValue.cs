using System.Globalization;
using System.Linq;

namespace TcApi.Generator.Model;

internal enum SpecValueKind
{
    Absent,
    String,
    Integer,
    Float,
    Bool,
    List,
    Object,
}

/// <summary>A wire value from a spec (a condition's value, an example's member), compared by value.</summary>
internal sealed record SpecValue(
    SpecValueKind Kind, string Text, long Integer, double Float, bool Bool, EquatableArray<SpecValue> Items, EquatableArray<SpecProperty> Properties)
{
    public static readonly SpecValue Absent = new(SpecValueKind.Absent, string.Empty, 0, 0, false, EquatableArray<SpecValue>.Empty, EquatableArray<SpecProperty>.Empty);

    public static SpecValue OfString(string text) => Absent with { Kind = SpecValueKind.String, Text = text };

    public static SpecValue OfInteger(long value) => Absent with { Kind = SpecValueKind.Integer, Integer = value };

    public static SpecValue OfFloat(double value) => Absent with { Kind = SpecValueKind.Float, Float = value };

    public static SpecValue OfBool(bool value) => Absent with { Kind = SpecValueKind.Bool, Bool = value };

    public static SpecValue OfList(EquatableArray<SpecValue> items) => Absent with { Kind = SpecValueKind.List, Items = items };

    public static SpecValue OfObject(EquatableArray<SpecProperty> properties) => Absent with { Kind = SpecValueKind.Object, Properties = properties };

    public bool IsPresent => Kind != SpecValueKind.Absent;

    /// <summary>The value as a number, for range checks on integers and floats alike.</summary>
    public decimal Number => Kind == SpecValueKind.Float ? (decimal)Float : Integer;

    /// <summary>The member <paramref name="name"/> of an object value, or <see cref="Absent"/>.</summary>
    public SpecValue this[string name] => Properties.FirstOrDefault(p => p.Name == name)?.Value ?? Absent;

    public override string ToString() => Kind switch
    {
        SpecValueKind.String => Text,
        SpecValueKind.Integer => Integer.ToString(CultureInfo.InvariantCulture),
        SpecValueKind.Float => Float.ToString("R", CultureInfo.InvariantCulture),
        SpecValueKind.Bool => Bool ? "1" : "0",
        SpecValueKind.List => "[" + string.Join(", ", Items.Select(i => i.ToString())) + "]",
        SpecValueKind.Object => "{" + string.Join(", ", Properties.Select(p => p.Name + ": " + p.Value)) + "}",
        _ => "absent",
    };
}

/// <summary>A member of an object value.</summary>
internal sealed record SpecProperty(string Name, SpecValue Value);
