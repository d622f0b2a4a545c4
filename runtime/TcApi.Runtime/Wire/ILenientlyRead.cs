using System.Collections.Generic;

namespace TcApi.Wire;

/// <summary>A generated response: the values it read leniently, because they contradicted their documented types.</summary>
public interface ILenientlyRead
{
    /// <summary>
    /// Every value of the answer read otherwise than its documented type, in document order; empty when the answer
    /// matched its documentation (almost always). Not part of the response's equality.
    /// </summary>
    IReadOnlyList<LenientRead> LenientReads { get; }
}
