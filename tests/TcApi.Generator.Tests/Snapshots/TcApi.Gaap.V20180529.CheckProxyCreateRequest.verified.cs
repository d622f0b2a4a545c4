/// <summary>
/// This API (CheckProxyCreate) is used to query whether an acceleration connection with the specified configuration can be created.
/// </summary>
/// <remarks>
/// <para>No rate limit is documented.</para>
/// <para>Idempotent: a call that may have reached the service is retried. (inferred: 'Check' actions only read, so repeating one is safe.)</para>
/// </remarks>
[global::System.CodeDom.Compiler.GeneratedCode("TcApi.Generator", "0.1.0")]
[global::TcApi.Constraints.ApiRequest("gaap", "2018-05-29", "CheckProxyCreate")]
public sealed partial record CheckProxyCreateRequest : global::TcApi.Wire.IApiRequest
{
    /// <summary>The action name sent in <c>X-TC-Action</c>.</summary>
    public const string ActionName = "CheckProxyCreate";

    /// <summary>The service, which the signature's credential scope names.</summary>
    public const string ServiceName = "gaap";

    /// <summary>The API version sent in <c>X-TC-Version</c>.</summary>
    public const string ApiVersion = "2018-05-29";

    /// <summary>The service's default endpoint host.</summary>
    public const string Endpoint = "gaap.tencentcloudapi.com";

    /// <summary>Whether a call may be repeated without doing its work twice.</summary>
    public const bool IsIdempotent = true;

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
        global::TcApi.Gaap.V20180529.GaapErrorCode.FailedOperationUserNotConfirmProtocol,
        global::TcApi.Gaap.V20180529.GaapErrorCode.InternalError,
        global::TcApi.Gaap.V20180529.GaapErrorCode.InvalidParameter,
        global::TcApi.Gaap.V20180529.GaapErrorCode.InvalidParameterValue,
        global::TcApi.Gaap.V20180529.GaapErrorCode.InvalidParameterValueInvalidBandwidth,
        global::TcApi.Gaap.V20180529.GaapErrorCode.InvalidParameterValueInvalidConcurrency,
        global::TcApi.Gaap.V20180529.GaapErrorCode.InvalidParameterValueUnknownAccessRegion,
        global::TcApi.Gaap.V20180529.GaapErrorCode.InvalidParameterValueUnknownDestRegion,
        global::TcApi.Gaap.V20180529.GaapErrorCode.MissingParameter,
        global::TcApi.Gaap.V20180529.GaapErrorCode.ResourceUnavailableAccountViolation,
    };

    /// <summary>
    /// Access (acceleration) region of the connection. The value can be obtained via the DescribeAccessRegionsByDestRegion API.
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>AccessRegion</c>; required.</para>
    /// </remarks>
    /// <example><c>EastChina</c></example>
    [global::TcApi.Constraints.RequiredConstraint("CheckProxyCreate.AccessRegion.required", "{member} is required", ErrorCode = "MissingParameter")]
    public required string AccessRegion { get; init; }

    /// <summary>
    /// Origin server region of the connection. The value can be obtained via the DescribeDestRegions API.
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>RealServerRegion</c>; required.</para>
    /// </remarks>
    /// <example><c>SouthChina</c></example>
    [global::TcApi.Constraints.RequiredConstraint("CheckProxyCreate.RealServerRegion.required", "{member} is required", ErrorCode = "MissingParameter")]
    public required string RealServerRegion { get; init; }

    /// <summary>
    /// Connection bandwidth cap. Unit: Mbps.
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>Bandwidth</c>, uint64; required.</para>
    /// </remarks>
    /// <example><c>10</c></example>
    [global::TcApi.Constraints.RequiredConstraint("CheckProxyCreate.Bandwidth.required", "{member} is required", ErrorCode = "MissingParameter")]
    public required long Bandwidth { get; init; }

    /// <summary>
    /// Connection concurrence cap, which indicates the maximum number of simultaneous online connections. Unit: 10,000 connections.
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>Concurrent</c>, uint64; required.</para>
    /// </remarks>
    /// <example><c>2</c></example>
    [global::TcApi.Constraints.RequiredConstraint("CheckProxyCreate.Concurrent.required", "{member} is required", ErrorCode = "MissingParameter")]
    public required long Concurrent { get; init; }

    /// <summary>
    /// Connection group ID that needs to be entered when a connection is created in a connection group
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>GroupId</c>; optional.</para>
    /// </remarks>
    /// <example><c>lg-b4c3d2a1</c></example>
    public string? GroupId { get; init; }

    /// <summary>
    /// IP version. Valid values: <c>IPv4</c> (default), <c>IPv6</c>.
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>IPAddressVersion</c>; optional.</para>
    /// <para>Rule CheckProxyCreate.IPAddressVersion.allowedValues (warning): one of IPv4, IPv6 (documented: IP版本，可取值：IPv4、IPv6 — gaap/v20180529 CheckProxyCreateRequest.IPAddressVersion (zh), high confidence)</para>
    /// </remarks>
    /// <example><c>IPv4</c></example>
    [global::TcApi.Constraints.AllowedValuesConstraint("CheckProxyCreate.IPAddressVersion.allowedValues", "{member} should be one of {allowed} (was {value})", "IPv4", "IPv6", Severity = global::TcApi.Validation.RuleSeverity.Warning, ErrorCode = "InvalidParameterValue", Documented = "IP版本，可取值：IPv4、IPv6")]
    public string? IPAddressVersion { get; init; }

    /// <summary>
    /// Network type. Valid values: <c>normal</c> (default), <c>cn2</c>
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>NetworkType</c>; optional.</para>
    /// <para>Rule CheckProxyCreate.NetworkType.allowedValues (warning): one of normal, cn2 (documented: 网络类型，可取值：normal、cn2 — gaap/v20180529 CheckProxyCreateRequest.NetworkType (zh), high confidence)</para>
    /// </remarks>
    /// <example><c>normal</c></example>
    [global::TcApi.Constraints.AllowedValuesConstraint("CheckProxyCreate.NetworkType.allowedValues", "{member} should be one of {allowed} (was {value})", "normal", "cn2", Severity = global::TcApi.Validation.RuleSeverity.Warning, ErrorCode = "InvalidParameterValue", Documented = "网络类型，可取值：normal、cn2")]
    public string? NetworkType { get; init; }

    /// <summary>
    /// Package type of connection groups. Valid values: <c>Thunder</c> (general connection group), <c>Accelerator</c> (game accelerator connection group), and <c>CrossBorder</c> (cross-border connection group).
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>PackageType</c>; optional.</para>
    /// <para>Rule CheckProxyCreate.PackageType.allowedValues (warning): one of Thunder, Accelerator, CrossBorder (documented: Thunder表示标准通道组，Accelerator表示游戏加速器通道，CrossBorder表示跨境通道 — gaap/v20180529 CheckProxyCreateRequest.PackageType (zh), medium confidence)</para>
    /// </remarks>
    /// <example><c>Thunder</c></example>
    [global::TcApi.Constraints.AllowedValuesConstraint("CheckProxyCreate.PackageType.allowedValues", "{member} should be one of {allowed} (was {value})", "Thunder", "Accelerator", "CrossBorder", Severity = global::TcApi.Validation.RuleSeverity.Warning, ErrorCode = "InvalidParameterValue", Documented = "Thunder表示标准通道组，Accelerator表示游戏加速器通道，CrossBorder表示跨境通道")]
    public string? PackageType { get; init; }

    /// <summary>
    /// (Disused) HTTP3.0 is supported by default when <c>IPAddressVersion</c> is <c>IPv4</c>.
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>Http3Supported</c>, int64; optional.</para>
    /// </remarks>
    /// <example><c>0</c></example>
    public long? Http3Supported { get; init; }

    /// <summary>
    /// The values the documentation lists for <see cref="IPAddressVersion"/>, as constants: the member stays a
    /// <c>string</c>, so a value the list lacks can still be sent.
    /// </summary>
    public static class IPAddressVersionValues
    {
        /// <summary>The wire value <c>IPv4</c>.</summary>
        public const string IPv4 = "IPv4";

        /// <summary>The wire value <c>IPv6</c>.</summary>
        public const string IPv6 = "IPv6";
    }

    /// <summary>
    /// The values the documentation lists for <see cref="NetworkType"/>, as constants: the member stays a
    /// <c>string</c>, so a value the list lacks can still be sent.
    /// </summary>
    public static class NetworkTypeValues
    {
        /// <summary>The wire value <c>normal</c>.</summary>
        public const string Normal = "normal";

        /// <summary>The wire value <c>cn2</c>.</summary>
        public const string Cn2 = "cn2";
    }

    /// <summary>
    /// The values the documentation lists for <see cref="PackageType"/>, as constants: the member stays a
    /// <c>string</c>, so a value the list lacks can still be sent.
    /// </summary>
    public static class PackageTypeValues
    {
        /// <summary>The wire value <c>Thunder</c>.</summary>
        public const string Thunder = "Thunder";

        /// <summary>The wire value <c>Accelerator</c>.</summary>
        public const string Accelerator = "Accelerator";

        /// <summary>The wire value <c>CrossBorder</c>.</summary>
        public const string CrossBorder = "CrossBorder";
    }

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
        // AccessRegion
        if (AccessRegion is null)
        {
            context.Add("CheckProxyCreate.AccessRegion.required", global::TcApi.Validation.RuleSeverity.Error, "MissingParameter", "AccessRegion", -1, "AccessRegion is required");
        }

        // RealServerRegion
        if (RealServerRegion is null)
        {
            context.Add("CheckProxyCreate.RealServerRegion.required", global::TcApi.Validation.RuleSeverity.Error, "MissingParameter", "RealServerRegion", -1, "RealServerRegion is required");
        }

        // IPAddressVersion
        if (IPAddressVersion is { } iPAddressVersion)
        {
            if (iPAddressVersion is not ("IPv4" or "IPv6"))
            {
                context.Add("CheckProxyCreate.IPAddressVersion.allowedValues", global::TcApi.Validation.RuleSeverity.Warning, "InvalidParameterValue", "IPAddressVersion", -1, global::System.FormattableString.Invariant($"IPAddressVersion should be one of IPv4, IPv6 (was {iPAddressVersion})"));
            }
        }

        // NetworkType
        if (NetworkType is { } networkType)
        {
            if (networkType is not ("normal" or "cn2"))
            {
                context.Add("CheckProxyCreate.NetworkType.allowedValues", global::TcApi.Validation.RuleSeverity.Warning, "InvalidParameterValue", "NetworkType", -1, global::System.FormattableString.Invariant($"NetworkType should be one of normal, cn2 (was {networkType})"));
            }
        }

        // PackageType
        if (PackageType is { } packageType)
        {
            if (packageType is not ("Thunder" or "Accelerator" or "CrossBorder"))
            {
                context.Add("CheckProxyCreate.PackageType.allowedValues", global::TcApi.Validation.RuleSeverity.Warning, "InvalidParameterValue", "PackageType", -1, global::System.FormattableString.Invariant($"PackageType should be one of Thunder, Accelerator, CrossBorder (was {packageType})"));
            }
        }
    }

    /// <summary>
    /// Throws <see cref="global::TcApi.Validation.RequestValidationException"/>, listing every violation, when the
    /// request breaks a rule of error severity.
    /// </summary>
    public void EnsureValid() => Validate().ThrowIfInvalid(ActionName);

    private static readonly global::System.Text.Json.JsonEncodedText s_wireAccessRegion = global::System.Text.Json.JsonEncodedText.Encode("AccessRegion");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireRealServerRegion = global::System.Text.Json.JsonEncodedText.Encode("RealServerRegion");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireBandwidth = global::System.Text.Json.JsonEncodedText.Encode("Bandwidth");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireConcurrent = global::System.Text.Json.JsonEncodedText.Encode("Concurrent");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireGroupId = global::System.Text.Json.JsonEncodedText.Encode("GroupId");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireIPAddressVersion = global::System.Text.Json.JsonEncodedText.Encode("IPAddressVersion");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireNetworkType = global::System.Text.Json.JsonEncodedText.Encode("NetworkType");
    private static readonly global::System.Text.Json.JsonEncodedText s_wirePackageType = global::System.Text.Json.JsonEncodedText.Encode("PackageType");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireHttp3Supported = global::System.Text.Json.JsonEncodedText.Encode("Http3Supported");

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
        if (AccessRegion is { } accessRegion)
        {
            writer.WriteString(s_wireAccessRegion, accessRegion);
        }

        if (RealServerRegion is { } realServerRegion)
        {
            writer.WriteString(s_wireRealServerRegion, realServerRegion);
        }

        writer.WriteNumber(s_wireBandwidth, Bandwidth);
        writer.WriteNumber(s_wireConcurrent, Concurrent);
        if (GroupId is { } groupId)
        {
            writer.WriteString(s_wireGroupId, groupId);
        }

        if (IPAddressVersion is { } iPAddressVersion)
        {
            writer.WriteString(s_wireIPAddressVersion, iPAddressVersion);
        }

        if (NetworkType is { } networkType)
        {
            writer.WriteString(s_wireNetworkType, networkType);
        }

        if (PackageType is { } packageType)
        {
            writer.WriteString(s_wirePackageType, packageType);
        }

        if (Http3Supported is { } http3Supported)
        {
            writer.WriteNumber(s_wireHttp3Supported, http3Supported);
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
    public static CheckProxyCreateRequest ReadFrom(global::System.ReadOnlySpan<byte> utf8Json) =>
        global::TcApi.Wire.WireReader.ReadRequest<CheckProxyCreateRequest>(utf8Json, ReadFrom);

    /// <summary>Reads the object at the reader's current token.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static CheckProxyCreateRequest ReadFrom(ref global::System.Text.Json.Utf8JsonReader reader, global::TcApi.Wire.WireReadMode mode)
    {
        global::TcApi.Wire.WireReader.ExpectObject(ref reader);
        string? accessRegion = null;
        string? realServerRegion = null;
        long? bandwidth = null;
        long? concurrent = null;
        string? groupId = null;
        string? iPAddressVersion = null;
        string? networkType = null;
        string? packageType = null;
        long? http3Supported = null;
        while (global::TcApi.Wire.WireReader.NextProperty(ref reader))
        {
            switch (global::TcApi.Wire.WireReader.NameLength(ref reader))
            {
                case 7:
                    if (reader.ValueTextEquals("GroupId"u8))
                    {
                        groupId = global::TcApi.Wire.WireReader.String(ref reader, "GroupId");
                    }
                    else
                    {
                        global::TcApi.Wire.WireReader.Unknown(ref reader, mode);
                    }

                    break;
                case 9:
                    if (reader.ValueTextEquals("Bandwidth"u8))
                    {
                        bandwidth = global::TcApi.Wire.WireReader.Int64(ref reader, "Bandwidth");
                    }
                    else
                    {
                        global::TcApi.Wire.WireReader.Unknown(ref reader, mode);
                    }

                    break;
                case 10:
                    if (reader.ValueTextEquals("Concurrent"u8))
                    {
                        concurrent = global::TcApi.Wire.WireReader.Int64(ref reader, "Concurrent");
                    }
                    else
                    {
                        global::TcApi.Wire.WireReader.Unknown(ref reader, mode);
                    }

                    break;
                case 11:
                    if (reader.ValueTextEquals("NetworkType"u8))
                    {
                        networkType = global::TcApi.Wire.WireReader.String(ref reader, "NetworkType");
                    }
                    else if (reader.ValueTextEquals("PackageType"u8))
                    {
                        packageType = global::TcApi.Wire.WireReader.String(ref reader, "PackageType");
                    }
                    else
                    {
                        global::TcApi.Wire.WireReader.Unknown(ref reader, mode);
                    }

                    break;
                case 12:
                    if (reader.ValueTextEquals("AccessRegion"u8))
                    {
                        accessRegion = global::TcApi.Wire.WireReader.String(ref reader, "AccessRegion");
                    }
                    else
                    {
                        global::TcApi.Wire.WireReader.Unknown(ref reader, mode);
                    }

                    break;
                case 14:
                    if (reader.ValueTextEquals("Http3Supported"u8))
                    {
                        http3Supported = global::TcApi.Wire.WireReader.Int64(ref reader, "Http3Supported");
                    }
                    else
                    {
                        global::TcApi.Wire.WireReader.Unknown(ref reader, mode);
                    }

                    break;
                case 16:
                    if (reader.ValueTextEquals("RealServerRegion"u8))
                    {
                        realServerRegion = global::TcApi.Wire.WireReader.String(ref reader, "RealServerRegion");
                    }
                    else if (reader.ValueTextEquals("IPAddressVersion"u8))
                    {
                        iPAddressVersion = global::TcApi.Wire.WireReader.String(ref reader, "IPAddressVersion");
                    }
                    else
                    {
                        global::TcApi.Wire.WireReader.Unknown(ref reader, mode);
                    }

                    break;
                default:
                    global::TcApi.Wire.WireReader.Unknown(ref reader, mode);
                    break;
            }
        }

        if (mode == global::TcApi.Wire.WireReadMode.Request)
        {
            if (accessRegion is null)
            {
                throw global::TcApi.Wire.WireReader.Missing("AccessRegion");
            }

            if (realServerRegion is null)
            {
                throw global::TcApi.Wire.WireReader.Missing("RealServerRegion");
            }

            if (bandwidth is null)
            {
                throw global::TcApi.Wire.WireReader.Missing("Bandwidth");
            }

            if (concurrent is null)
            {
                throw global::TcApi.Wire.WireReader.Missing("Concurrent");
            }
        }

        return new CheckProxyCreateRequest
        {
            AccessRegion = accessRegion ?? string.Empty,
            RealServerRegion = realServerRegion ?? string.Empty,
            Bandwidth = bandwidth.GetValueOrDefault(),
            Concurrent = concurrent.GetValueOrDefault(),
            GroupId = groupId,
            IPAddressVersion = iPAddressVersion,
            NetworkType = networkType,
            PackageType = packageType,
            Http3Supported = http3Supported,
        };
    }
}
