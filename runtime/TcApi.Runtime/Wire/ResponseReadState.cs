using System.ComponentModel;
using System.Text.Json;
using TcApi.Errors;

namespace TcApi.Wire;

/// <summary>The envelope members every response shares (<c>RequestId</c>, <c>Error</c>), collected while reading.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct ResponseReadState
{
    /// <summary>A state that starts with the RequestId a streamed answer gave in its header; the body's own wins.</summary>
    internal ResponseReadState(string? requestId)
    {
        RequestId = requestId;
        Error = null;
    }

    /// <summary>The RequestId, once read.</summary>
    public string? RequestId { get; private set; }

    /// <summary>The error, once read.</summary>
    public ApiError? Error { get; private set; }

    /// <summary>
    /// The values of this answer read leniently so far (see <see cref="LenientRead"/>): the list a generated response
    /// keeps as its <c>LenientReads</c>; completed with paths and raw JSON when the whole answer has been read.
    /// </summary>
    public readonly System.Collections.Generic.IReadOnlyList<LenientRead> LenientReads =>
        LenientReading.Current?.Reads ?? System.Array.Empty<LenientRead>();

    /// <summary>
    /// Reads the current property if it is <c>RequestId</c> or <c>Error</c>; the reader stands on the property name
    /// before and on the value's last token after. Returns <see langword="false"/> for any other property.
    /// </summary>
    public bool TryReadEnvelopeMember(ref Utf8JsonReader reader)
    {
        if (reader.ValueTextEquals("RequestId"u8))
        {
            RequestId = WireReader.String(ref reader, "RequestId");
            return true;
        }

        if (reader.ValueTextEquals("Error"u8))
        {
            reader.Read();
            Error = WireReader.ReadError(ref reader);
            return true;
        }

        return false;
    }

    /// <summary>
    /// For an action whose output declares its own <c>Error</c> member: the member is the service's error only when
    /// the answer carries nothing else but the RequestId. Call after reading the body with what was found.
    /// </summary>
    public void ResolveDeclaredError(ApiError? candidate, bool sawOtherMembers)
    {
        if (!sawOtherMembers && candidate is not null)
        {
            Error = candidate;
        }
    }
}
