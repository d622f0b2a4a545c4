namespace TcApi.Import.Mining;

/// <summary>The value kinds that decide which constraints a member can carry.</summary>
internal enum ValueKind
{
    Other,
    SignedInteger,
    UnsignedInteger,
    Float,
    String,
}

/// <summary>A member's type as the reader needs it: the value kind of the member (or of a list's items) and whether it is a list.</summary>
internal readonly record struct MemberShape(ValueKind Value, bool IsList)
{
    public static MemberShape Of(string type, string elementType)
    {
        var isList = type == "list";
        var scalar = isList ? elementType : type;
        var width = isList ? elementType : elementType;
        var value = scalar switch
        {
            "int" or "int64" => width == "uint64" ? ValueKind.UnsignedInteger : ValueKind.SignedInteger,
            "uint64" => ValueKind.UnsignedInteger,
            "float" or "double" => ValueKind.Float,
            // Dates and times have a format of their own: a length or a list of values would be about something else.
            "string" when width is "string" => ValueKind.String,
            _ => ValueKind.Other,
        };
        return new MemberShape(value, isList);
    }

    public bool IsInteger => Value is ValueKind.SignedInteger or ValueKind.UnsignedInteger;

    public bool IsNumber => IsInteger || Value == ValueKind.Float;
}
