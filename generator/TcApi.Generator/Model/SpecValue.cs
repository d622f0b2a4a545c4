namespace TcApi.Generator.Model;

internal enum SpecValueKind
{
    Absent,
    String,
    Integer,
    Bool,
    List,
}

/// <summary>A wire value from a spec (a condition's value, an example's member), compared by value.</summary>
internal sealed record SpecValue(SpecValueKind Kind, string Text, long Integer, bool Bool, EquatableArray<SpecValue> Items)
{
    public static readonly SpecValue Absent = new(SpecValueKind.Absent, string.Empty, 0, false, EquatableArray<SpecValue>.Empty);

    public static SpecValue OfString(string text) => new(SpecValueKind.String, text, 0, false, EquatableArray<SpecValue>.Empty);

    public static SpecValue OfInteger(long value) => new(SpecValueKind.Integer, string.Empty, value, false, EquatableArray<SpecValue>.Empty);

    public static SpecValue OfBool(bool value) => new(SpecValueKind.Bool, string.Empty, 0, value, EquatableArray<SpecValue>.Empty);

    public static SpecValue OfList(EquatableArray<SpecValue> items) => new(SpecValueKind.List, string.Empty, 0, false, items);

    public bool IsPresent => Kind != SpecValueKind.Absent;

    public override string ToString() => Kind switch
    {
        SpecValueKind.String => Text,
        SpecValueKind.Integer => Integer.ToString(System.Globalization.CultureInfo.InvariantCulture),
        SpecValueKind.Bool => Bool ? "1" : "0",
        SpecValueKind.List => "[" + string.Join(", ", System.Linq.Enumerable.Select(Items, i => i.ToString())) + "]",
        _ => "absent",
    };
}
