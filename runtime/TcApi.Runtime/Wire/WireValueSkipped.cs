using System;
using System.ComponentModel;

namespace TcApi.Wire;

/// <summary>
/// Thrown by a value reader in a lenient response read when the value cannot be held in its type: it is recorded as a
/// <see cref="LenientRead"/> and the reader stands on its last token. The member or list reader that catches it holds
/// <see langword="null"/> or leaves the item out. Never escapes a response read.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class WireValueSkipped : Exception
{
    internal WireValueSkipped()
        : base("The value was left out of the typed model; it is kept in LenientReads.")
    {
    }
}
