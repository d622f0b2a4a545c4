/// <summary>
/// This API (BindListenerRealServers) is used for the TCP/UDP listener to bind/unbind the origin server.<br/>Note: This API unbinds the previously bound origin servers, and binds the origin servers selected for this call. For example, the previously bound origin servers are A, B and C, and the origin servers selected for this call are C, D and E, then the origin servers bound after this call will be C, D and E.
/// </summary>
/// <remarks>
/// <para>No rate limit is documented.</para>
/// <para>Not idempotent: a call that may have reached the service is not retried.</para>
/// </remarks>
[global::System.CodeDom.Compiler.GeneratedCode("TcApi.Generator", "0.1.0")]
[global::TcApi.Constraints.ApiRequest("gaap", "2018-05-29", "BindListenerRealServers")]
public sealed partial record BindListenerRealServersRequest : global::TcApi.Wire.IApiRequest
{
    /// <summary>The action name sent in <c>X-TC-Action</c>.</summary>
    public const string ActionName = "BindListenerRealServers";

    /// <summary>The service, which the signature's credential scope names.</summary>
    public const string ServiceName = "gaap";

    /// <summary>The API version sent in <c>X-TC-Version</c>.</summary>
    public const string ApiVersion = "2018-05-29";

    /// <summary>The service's default endpoint host.</summary>
    public const string Endpoint = "gaap.tencentcloudapi.com";

    /// <summary>Whether a call may be repeated without doing its work twice.</summary>
    public const bool IsIdempotent = false;

    /// <summary>The action's service, version, idempotency and rate limit, for the client.</summary>
    public static global::TcApi.Client.ApiActionInfo ActionInfo { get; } =
        new(ServiceName, ApiVersion, ActionName, IsIdempotent, null, false);

    /// <summary>The error codes the documentation lists for this action.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<global::TcApi.Gaap.V20180529.GaapErrorCode> DocumentedErrorCodes { get; } = new global::TcApi.Gaap.V20180529.GaapErrorCode[]
    {
        global::TcApi.Gaap.V20180529.GaapErrorCode.AuthFailure,
        global::TcApi.Gaap.V20180529.GaapErrorCode.AuthFailureNotEnterpriseAuthorization,
        global::TcApi.Gaap.V20180529.GaapErrorCode.AuthFailureUnauthorizedOperation,
        global::TcApi.Gaap.V20180529.GaapErrorCode.FailedOperation,
        global::TcApi.Gaap.V20180529.GaapErrorCode.FailedOperationGroupStatusNotInRuning,
        global::TcApi.Gaap.V20180529.GaapErrorCode.FailedOperationInstanceStatusNotInRuning,
        global::TcApi.Gaap.V20180529.GaapErrorCode.FailedOperationLimitRealServerNum,
        global::TcApi.Gaap.V20180529.GaapErrorCode.FailedOperationListenerHasTask,
        global::TcApi.Gaap.V20180529.GaapErrorCode.FailedOperationNonStandardProxy,
        global::TcApi.Gaap.V20180529.GaapErrorCode.FailedOperationProxyStatusNotInRuning,
        global::TcApi.Gaap.V20180529.GaapErrorCode.FailedOperationUserNotConfirmProtocol,
        global::TcApi.Gaap.V20180529.GaapErrorCode.InternalError,
        global::TcApi.Gaap.V20180529.GaapErrorCode.InvalidParameter,
        global::TcApi.Gaap.V20180529.GaapErrorCode.InvalidParameterValue,
        global::TcApi.Gaap.V20180529.GaapErrorCode.InvalidParameterValueHitBanBlacklist,
        global::TcApi.Gaap.V20180529.GaapErrorCode.InvalidParameterValueRealServerNotBelong,
        global::TcApi.Gaap.V20180529.GaapErrorCode.MissingParameter,
        global::TcApi.Gaap.V20180529.GaapErrorCode.ResourceNotFound,
        global::TcApi.Gaap.V20180529.GaapErrorCode.ResourceUnavailableAccountViolation,
        global::TcApi.Gaap.V20180529.GaapErrorCode.UnauthorizedOperation,
    };

    /// <summary>
    /// Listener ID
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>ListenerId</c>; required.</para>
    /// </remarks>
    /// <example><c>listener-pbsgn7ej</c></example>
    [global::TcApi.Constraints.RequiredConstraint("BindListenerRealServers.ListenerId.required", "{member} is required", ErrorCode = "MissingParameter")]
    public required string ListenerId { get; init; }

    /// <summary>
    /// List of origin servers to be bound. If the origin server scheduling policy type of this listener is weighted round robin, you need to enter the <c>RealServerWeight</c>, i.e., the origin server weight. If this field is left empty or for other scheduling types, the default origin server weight is 1.
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>RealServerBindSet</c>; optional.</para>
    /// </remarks>
    public global::System.Collections.Generic.IReadOnlyList<global::TcApi.Gaap.V20180529.RealServerBindSetReq>? RealServerBindSet { get; init; }

    /// <summary>
    /// Checks every constraint and rule of the action, nested objects included, in spec order. A valid request allocates nothing.
    /// </summary>
    /// <returns>
    /// Every violation found, each with the JSON pointer of the offending value;
    /// <see cref="global::TcApi.Validation.ValidationResult.IsValid"/> is <see langword="false"/> when one of them is an error.
    /// </returns>
    public global::TcApi.Validation.ValidationResult Validate()
    {
        var context = new global::TcApi.Validation.ValidationContext();
        Validate(ref context);
        return context.ToResult();
    }

    /// <summary>Checks this value where <paramref name="context"/> stands; the validators of enclosing types call it.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public void Validate(ref global::TcApi.Validation.ValidationContext context)
    {
        // ListenerId
        if (ListenerId is null)
        {
            context.Add("BindListenerRealServers.ListenerId.required", global::TcApi.Validation.RuleSeverity.Error, "MissingParameter", "ListenerId", -1, "ListenerId is required");
        }

        // RealServerBindSet
        if (RealServerBindSet is { } realServerBindSet)
        {
            for (var index = 0; index < realServerBindSet.Count; index++)
            {
                if (realServerBindSet[index] is { } item)
                {
                    context.Enter("RealServerBindSet", index);
                    item.Validate(ref context);
                    context.Exit();
                }
            }
        }
    }

    /// <summary>
    /// Throws <see cref="global::TcApi.Validation.RequestValidationException"/>, listing every violation, when the
    /// request breaks a rule of error severity.
    /// </summary>
    public void EnsureValid() => Validate().ThrowIfInvalid(ActionName);

    private static readonly global::System.Text.Json.JsonEncodedText s_wireListenerId = global::System.Text.Json.JsonEncodedText.Encode("ListenerId");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireRealServerBindSet = global::System.Text.Json.JsonEncodedText.Encode("RealServerBindSet");

    /// <summary>
    /// Writes the request's wire JSON: wire names, numbers as numbers, enum wire values, flags as 0 or 1, absent members omitted.
    /// </summary>
    public void WriteTo(global::System.Text.Json.Utf8JsonWriter writer)
    {
        if (writer is null)
        {
            throw new global::System.ArgumentNullException(nameof(writer));
        }

        writer.WriteStartObject();
        if (ListenerId is { } listenerId)
        {
            writer.WriteString(s_wireListenerId, listenerId);
        }

        if (RealServerBindSet is { } realServerBindSet)
        {
            global::TcApi.Wire.WireWriter.Objects(writer, s_wireRealServerBindSet, realServerBindSet);
        }

        writer.WriteEndObject();
    }

    /// <summary>The request's wire JSON as UTF-8 bytes.</summary>
    public byte[] ToJsonUtf8()
    {
        var buffer = new global::System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new global::System.Text.Json.Utf8JsonWriter(buffer))
        {
            WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Reads a request from wire JSON as the service does: numbers may be written as strings, <c>null</c> means absent,
    /// an unknown or missing required member is an error.
    /// </summary>
    /// <exception cref="global::TcApi.Wire.RequestReadException">The body is not a readable request; its code says why and its path where.</exception>
    public static BindListenerRealServersRequest ReadFrom(global::System.ReadOnlySpan<byte> utf8Json) =>
        global::TcApi.Wire.WireReader.ReadRequest<BindListenerRealServersRequest>(utf8Json, ReadFrom);

    /// <summary>Reads the object at the reader's current token.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static BindListenerRealServersRequest ReadFrom(ref global::System.Text.Json.Utf8JsonReader reader, global::TcApi.Wire.WireReadMode mode)
    {
        global::TcApi.Wire.WireReader.ExpectObject(ref reader);
        string? listenerId = null;
        global::System.Collections.Generic.IReadOnlyList<global::TcApi.Gaap.V20180529.RealServerBindSetReq>? realServerBindSet = null;
        while (global::TcApi.Wire.WireReader.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("ListenerId"u8))
            {
                listenerId = global::TcApi.Wire.WireReader.String(ref reader, "ListenerId");
            }
            else if (reader.ValueTextEquals("RealServerBindSet"u8))
            {
                realServerBindSet = global::TcApi.Wire.WireReader.List<global::TcApi.Gaap.V20180529.RealServerBindSetReq>(ref reader, "RealServerBindSet", mode, global::TcApi.Gaap.V20180529.RealServerBindSetReq.ReadFrom);
            }
            else
            {
                global::TcApi.Wire.WireReader.Unknown(ref reader, mode);
            }
        }

        if (mode == global::TcApi.Wire.WireReadMode.Request)
        {
            if (listenerId is null)
            {
                throw global::TcApi.Wire.WireReader.Missing("ListenerId");
            }
        }

        return new BindListenerRealServersRequest
        {
            ListenerId = listenerId ?? string.Empty,
            RealServerBindSet = realServerBindSet,
        };
    }

    /// <summary>Whether <paramref name="other"/> has equal members; lists are compared by content.</summary>
    public bool Equals(BindListenerRealServersRequest? other) =>
        other is not null
        && global::System.Collections.Generic.EqualityComparer<string>.Default.Equals(ListenerId, other.ListenerId)
        && global::TcApi.Wire.WireEquality.ListEquals(RealServerBindSet, other.RealServerBindSet);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = 17;
        hash = unchecked((hash * 31) + (ListenerId?.GetHashCode() ?? 0));
        hash = unchecked((hash * 31) + global::TcApi.Wire.WireEquality.ListHash(RealServerBindSet));
        return hash;
    }

    private bool PrintMembers(global::System.Text.StringBuilder builder)
    {
        builder.Append("ListenerId = ");
        builder.Append(ListenerId);
        builder.Append(", RealServerBindSet = ");
        global::TcApi.Wire.WireEquality.AppendList(builder, RealServerBindSet);
        return true;
    }
}
