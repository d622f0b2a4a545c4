/// <summary>
/// The result of CreateTCPListeners.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("TcApi.Generator", "0.1.0")]
public sealed partial record CreateTCPListenersResponse : global::TcApi.Wire.IApiResponse, global::TcApi.Wire.ILenientlyRead
{
    /// <summary>
    /// Reads a <c>{"Response":{...}}</c> envelope. Numbers written as strings are accepted, unknown members ignored, and a
    /// missing or null member holds its default. A value that contradicts its documented type is a format error, or, read
    /// through <see cref="global::TcApi.Wire.ResponseReading.Leniently{T}"/> as clients read, is listed in <see cref="LenientReads"/>.
    /// </summary>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The response carries <c>Response.Error</c>.</exception>
    /// <exception cref="global::TcApi.Errors.ResponseFormatException">The body is not a readable response; the message names the place.</exception>
    public static CreateTCPListenersResponse Read(global::System.ReadOnlySpan<byte> utf8Json) =>
        global::TcApi.Wire.WireReader.ReadResponse(utf8Json, "CreateTCPListeners", ReadBody, CreateError);

    /// <summary>
    /// Returns the listener ID
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>ListenerIds</c>.</para>
    /// </remarks>
    /// <example><c>["listener-o0f3at99"]</c></example>
    public global::System.Collections.Generic.IReadOnlyList<string> ListenerIds { get; init; } = global::System.Array.Empty<string>();

    /// <summary>
    /// The unique request ID, which is returned for each request. RequestId is required for locating a problem.
    /// </summary>
    public string RequestId { get; init; } = string.Empty;

    /// <inheritdoc />
    public global::System.Collections.Generic.IReadOnlyList<global::TcApi.Wire.LenientRead> LenientReads { get; init; } = global::System.Array.Empty<global::TcApi.Wire.LenientRead>();

    private static global::System.Exception CreateError(global::TcApi.Errors.ApiError error, string? requestId) =>
        new global::TcApi.Gaap.V20180529.GaapApiException("CreateTCPListeners", error, requestId);

    private static CreateTCPListenersResponse ReadBody(ref global::System.Text.Json.Utf8JsonReader reader, ref global::TcApi.Wire.ResponseReadState state)
    {
        const global::TcApi.Wire.WireReadMode mode = global::TcApi.Wire.WireReadMode.Response;
        global::System.Collections.Generic.IReadOnlyList<string>? listenerIds = null;
        while (global::TcApi.Wire.WireReader.NextProperty(ref reader))
        {
            if (state.TryReadEnvelopeMember(ref reader))
            {
                continue;
            }

            if (reader.ValueTextEquals("ListenerIds"u8))
            {
                listenerIds = global::TcApi.Wire.WireReader.List<string>(ref reader, "ListenerIds", mode, global::TcApi.Wire.WireReader.StringValue);
            }
            else
            {
                global::TcApi.Wire.WireReader.SkipValue(ref reader);
            }
        }

        if (state.Error is not null)
        {
            return null!;
        }

        return new CreateTCPListenersResponse
        {
            ListenerIds = listenerIds ?? global::System.Array.Empty<string>(),
            RequestId = state.RequestId ?? string.Empty,
            LenientReads = state.LenientReads,
        };
    }

    private static readonly global::System.Text.Json.JsonEncodedText s_wireListenerIds = global::System.Text.Json.JsonEncodedText.Encode("ListenerIds");

    /// <summary>Writes the whole envelope, <c>{"Response":{...,"RequestId":...}}</c>, as the service answers.</summary>
    public void WriteTo(global::System.Text.Json.Utf8JsonWriter writer)
    {
        if (writer is null)
        {
            throw new global::System.ArgumentNullException(nameof(writer));
        }

        writer.WriteStartObject();
        writer.WriteStartObject("Response"u8);
        if (ListenerIds is { } listenerIds)
        {
            global::TcApi.Wire.WireWriter.Strings(writer, s_wireListenerIds, listenerIds);
        }

        writer.WriteString("RequestId"u8, RequestId);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Whether <paramref name="other"/> has equal members; lists are compared by content.</summary>
    public bool Equals(CreateTCPListenersResponse? other) =>
        other is not null
        && global::TcApi.Wire.WireEquality.ListEquals(ListenerIds, other.ListenerIds)
        && string.Equals(RequestId, other.RequestId, global::System.StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = 17;
        hash = unchecked((hash * 31) + global::TcApi.Wire.WireEquality.ListHash(ListenerIds));
        hash = unchecked((hash * 31) + (RequestId?.GetHashCode() ?? 0));
        return hash;
    }

    private bool PrintMembers(global::System.Text.StringBuilder builder)
    {
        builder.Append("ListenerIds = ");
        global::TcApi.Wire.WireEquality.AppendList(builder, ListenerIds);
        builder.Append(", RequestId = ");
        builder.Append(RequestId);
        return true;
    }
}
