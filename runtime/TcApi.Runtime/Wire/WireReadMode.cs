namespace TcApi.Wire;

/// <summary>How strictly a generated reader treats what it finds.</summary>
public enum WireReadMode
{
    /// <summary>
    /// As the service reads a request: an unknown member, a missing required member, a null list item or an
    /// undefined enumeration value is an error.
    /// </summary>
    Request = 0,

    /// <summary>
    /// As a client reads a response, tolerant of what servers add over time: unknown members are skipped, a missing
    /// or null member holds its default, a null list item is dropped, an undefined enumeration value is kept as an
    /// undefined member. A value of the wrong type is still an error.
    /// </summary>
    Response = 1,
}
