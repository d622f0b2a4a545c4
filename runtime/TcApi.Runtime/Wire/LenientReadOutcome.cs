namespace TcApi.Wire;

/// <summary>How a value that contradicted its member's type was read (see <see cref="LenientRead"/>).</summary>
public enum LenientReadOutcome
{
    /// <summary>
    /// Converted to the member's type as Newtonsoft (the official SDK's reader) converts it, nothing lost: a number's
    /// text into a string, <c>"123"</c> into a number, <c>"True"</c> into a bool, <c>true</c> into 1.
    /// </summary>
    Converted = 0,

    /// <summary>An object or array where a string is documented: the string member holds the value's JSON text.</summary>
    JsonText = 1,

    /// <summary>One object where a list is documented: the list holds that object as its only item.</summary>
    WrappedInList = 2,

    /// <summary>
    /// Not representable in the member's type: the member holds <see langword="null"/> (a list item is left out), as
    /// Newtonsoft does for <c>""</c>; the value is in <see cref="LenientRead.RawJson"/>.
    /// </summary>
    Omitted = 3,
}
