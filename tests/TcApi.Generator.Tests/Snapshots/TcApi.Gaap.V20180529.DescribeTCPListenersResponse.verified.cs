/// <summary>
/// The result of DescribeTCPListeners.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("TcApi.Generator", "0.1.0")]
public sealed partial record DescribeTCPListenersResponse : global::TcApi.Wire.IApiResponse, global::TcApi.Wire.ILenientlyRead
{
    /// <summary>
    /// Reads a <c>{"Response":{...}}</c> envelope. Numbers written as strings are accepted, unknown members ignored, and a
    /// missing or null member holds its default. A value that contradicts its documented type is a format error, or, read
    /// through <see cref="global::TcApi.Wire.ResponseReading.Leniently{T}"/> as clients read, is listed in <see cref="LenientReads"/>.
    /// </summary>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The response carries <c>Response.Error</c>.</exception>
    /// <exception cref="global::TcApi.Errors.ResponseFormatException">The body is not a readable response; the message names the place.</exception>
    public static DescribeTCPListenersResponse Read(global::System.ReadOnlySpan<byte> utf8Json) =>
        global::TcApi.Wire.WireReader.ReadResponse(utf8Json, "DescribeTCPListeners", ReadBody, CreateError);

    /// <summary>
    /// Total quantity of listeners that matches the conditions
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>TotalCount</c>, uint64.</para>
    /// </remarks>
    /// <example><c>2</c></example>
    public long TotalCount { get; init; }

    /// <summary>
    /// TCP listener list
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>ListenerSet</c>.</para>
    /// </remarks>
    public global::System.Collections.Generic.IReadOnlyList<global::TcApi.Gaap.V20180529.TCPListener> ListenerSet { get; init; } = global::System.Array.Empty<global::TcApi.Gaap.V20180529.TCPListener>();

    /// <summary>
    /// The unique request ID, which is returned for each request. RequestId is required for locating a problem.
    /// </summary>
    public string RequestId { get; init; } = string.Empty;

    /// <inheritdoc />
    public global::System.Collections.Generic.IReadOnlyList<global::TcApi.Wire.LenientRead> LenientReads { get; init; } = global::System.Array.Empty<global::TcApi.Wire.LenientRead>();

    private static global::System.Exception CreateError(global::TcApi.Errors.ApiError error, string? requestId) =>
        new global::TcApi.Gaap.V20180529.GaapApiException("DescribeTCPListeners", error, requestId);

    private static DescribeTCPListenersResponse ReadBody(ref global::System.Text.Json.Utf8JsonReader reader, ref global::TcApi.Wire.ResponseReadState state)
    {
        const global::TcApi.Wire.WireReadMode mode = global::TcApi.Wire.WireReadMode.Response;
        long? totalCount = null;
        global::System.Collections.Generic.IReadOnlyList<global::TcApi.Gaap.V20180529.TCPListener>? listenerSet = null;
        while (global::TcApi.Wire.WireReader.NextProperty(ref reader))
        {
            if (state.TryReadEnvelopeMember(ref reader))
            {
                continue;
            }

            if (reader.ValueTextEquals("TotalCount"u8))
            {
                totalCount = global::TcApi.Wire.WireReader.Int64(ref reader, "TotalCount");
            }
            else if (reader.ValueTextEquals("ListenerSet"u8))
            {
                listenerSet = global::TcApi.Wire.WireReader.List<global::TcApi.Gaap.V20180529.TCPListener>(ref reader, "ListenerSet", mode, global::TcApi.Gaap.V20180529.TCPListener.ReadFrom);
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

        return new DescribeTCPListenersResponse
        {
            TotalCount = totalCount.GetValueOrDefault(),
            ListenerSet = listenerSet ?? global::System.Array.Empty<global::TcApi.Gaap.V20180529.TCPListener>(),
            RequestId = state.RequestId ?? string.Empty,
            LenientReads = state.LenientReads,
        };
    }

    private static readonly global::System.Text.Json.JsonEncodedText s_wireTotalCount = global::System.Text.Json.JsonEncodedText.Encode("TotalCount");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireListenerSet = global::System.Text.Json.JsonEncodedText.Encode("ListenerSet");

    /// <summary>Writes the whole envelope, <c>{"Response":{...,"RequestId":...}}</c>, as the service answers.</summary>
    public void WriteTo(global::System.Text.Json.Utf8JsonWriter writer)
    {
        if (writer is null)
        {
            throw new global::System.ArgumentNullException(nameof(writer));
        }

        writer.WriteStartObject();
        writer.WriteStartObject("Response"u8);
        writer.WriteNumber(s_wireTotalCount, TotalCount);
        if (ListenerSet is { } listenerSet)
        {
            global::TcApi.Wire.WireWriter.Objects(writer, s_wireListenerSet, listenerSet);
        }

        writer.WriteString("RequestId"u8, RequestId);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Whether <paramref name="other"/> has equal members; lists are compared by content.</summary>
    public bool Equals(DescribeTCPListenersResponse? other) =>
        other is not null
        && global::System.Collections.Generic.EqualityComparer<long>.Default.Equals(TotalCount, other.TotalCount)
        && global::TcApi.Wire.WireEquality.ListEquals(ListenerSet, other.ListenerSet)
        && string.Equals(RequestId, other.RequestId, global::System.StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = 17;
        hash = unchecked((hash * 31) + TotalCount.GetHashCode());
        hash = unchecked((hash * 31) + global::TcApi.Wire.WireEquality.ListHash(ListenerSet));
        hash = unchecked((hash * 31) + (RequestId?.GetHashCode() ?? 0));
        return hash;
    }

    private bool PrintMembers(global::System.Text.StringBuilder builder)
    {
        builder.Append("TotalCount = ");
        global::TcApi.Wire.WireEquality.AppendValue(builder, TotalCount);
        builder.Append(", ListenerSet = ");
        global::TcApi.Wire.WireEquality.AppendList(builder, ListenerSet);
        builder.Append(", RequestId = ");
        builder.Append(RequestId);
        return true;
    }
}
