using System.ComponentModel;
using System.Text.Json;
using TcApi.Errors;

namespace TcApi.Wire;

/// <summary>The envelope members every response shares (<c>RequestId</c>, <c>Error</c>), collected while reading.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct ResponseReadState
{
    /// <summary>The RequestId, once read.</summary>
    public string? RequestId { get; private set; }

    /// <summary>The error, once read.</summary>
    public ApiError? Error { get; private set; }

    /// <summary>
    /// Reads the current property if it is <c>RequestId</c> or <c>Error</c>; the reader stands on the property name
    /// before and on the value's last token after. Returns <see langword="false"/> for any other property.
    /// </summary>
    public bool TryReadEnvelopeMember(ref Utf8JsonReader reader)
    {
        if (reader.ValueTextEquals("RequestId"u8))
        {
            reader.Read();
            RequestId = WireReader.ReadString(ref reader, "/Response/RequestId");
            return true;
        }

        if (reader.ValueTextEquals("Error"u8))
        {
            reader.Read();
            Error = WireReader.ReadError(ref reader, "/Response/Error");
            return true;
        }

        return false;
    }
}
