/// <summary>
/// Information of the bound origin server
/// </summary>
/// <remarks>
/// <para>Object <c>RealServerBindSetReq</c> of gaap 2018-05-29, used in requests.</para>
/// </remarks>
[global::System.CodeDom.Compiler.GeneratedCode("TcApi.Generator", "0.1.0")]
[global::TcApi.Constraints.ApiObject("gaap", "2018-05-29", "RealServerBindSetReq")]
public sealed partial record RealServerBindSetReq : global::TcApi.Wire.IWireObject
{
    /// <summary>
    /// Origin server ID
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>RealServerId</c>; required.</para>
    /// </remarks>
    /// <example><c>rs-123456</c></example>
    [global::TcApi.Constraints.RequiredConstraint("RealServerBindSetReq.RealServerId.required", "{member} is required", ErrorCode = "MissingParameter")]
    public required string RealServerId { get; init; }

    /// <summary>
    /// Origin server port
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>RealServerPort</c>, uint64; required.</para>
    /// <para>Rule RealServerBindSetReq.RealServerPort.range: &gt;= 1, &lt;= 65535 (inferred: An origin server port is a TCP or UDP port, a number from 1 to 65535. — curated in gaap-v20180529.tcapi-overlay.json)</para>
    /// </remarks>
    /// <example><c>443</c></example>
    [global::TcApi.Constraints.RequiredConstraint("RealServerBindSetReq.RealServerPort.required", "{member} is required", ErrorCode = "MissingParameter")]
    [global::TcApi.Constraints.RangeConstraint("RealServerBindSetReq.RealServerPort.range", "{member} must be a port between {minimum} and {maximum} (was {value})", Minimum = 1, Maximum = 65535, ErrorCode = "InvalidParameterValue")]
    public required int RealServerPort { get; init; }

    /// <summary>
    /// Origin server IP
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>RealServerIP</c>; required.</para>
    /// </remarks>
    /// <example><c>192.168.1.1</c></example>
    [global::TcApi.Constraints.RequiredConstraint("RealServerBindSetReq.RealServerIP.required", "{member} is required", ErrorCode = "MissingParameter")]
    public required string RealServerIP { get; init; }

    /// <summary>
    /// Origin server weight
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>RealServerWeight</c>, uint64; optional.</para>
    /// </remarks>
    /// <example><c>1</c></example>
    public long? RealServerWeight { get; init; }

    /// <summary>
    /// Role of the origin server. Values: <c>master</c> (primary origin server); <c>slave</c> (secondary origin server). This parameter only takes effect when origin failover is enabled for the listener.
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>RealServerFailoverRole</c>; optional.</para>
    /// <para>Rule RealServerBindSetReq.RealServerFailoverRole.allowed: one of master, slave (documented: Values: master (primary origin server); slave (secondary origin server). — curated in gaap-v20180529.tcapi-overlay.json)</para>
    /// </remarks>
    /// <example><c>master</c></example>
    [global::TcApi.Constraints.AllowedValuesConstraint("RealServerBindSetReq.RealServerFailoverRole.allowed", "{member} must be one of {allowed} (was {value})", "master", "slave", ErrorCode = "InvalidParameterValue")]
    public string? RealServerFailoverRole { get; init; }

    /// <summary>
    /// The values the documentation lists for <see cref="RealServerFailoverRole"/>, as constants: the member stays a
    /// <c>string</c>, so a value the list lacks can still be sent.
    /// </summary>
    public static class RealServerFailoverRoleValues
    {
        /// <summary>The wire value <c>master</c>.</summary>
        public const string Master = "master";

        /// <summary>The wire value <c>slave</c>.</summary>
        public const string Slave = "slave";
    }

    /// <summary>
    /// Checks every constraint and rule of this object, nested objects included, in spec order.
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
        // RealServerId
        if (RealServerId is null)
        {
            context.Add("RealServerBindSetReq.RealServerId.required", global::TcApi.Validation.RuleSeverity.Error, "MissingParameter", "RealServerId", -1, "RealServerId is required");
        }

        // RealServerPort
        {
            var realServerPort = RealServerPort;
            if (realServerPort < 1 || realServerPort > 65535)
            {
                context.Add("RealServerBindSetReq.RealServerPort.range", global::TcApi.Validation.RuleSeverity.Error, "InvalidParameterValue", "RealServerPort", -1, global::System.FormattableString.Invariant($"RealServerPort must be a port between 1 and 65535 (was {realServerPort})"));
            }
        }

        // RealServerIP
        if (RealServerIP is null)
        {
            context.Add("RealServerBindSetReq.RealServerIP.required", global::TcApi.Validation.RuleSeverity.Error, "MissingParameter", "RealServerIP", -1, "RealServerIP is required");
        }

        // RealServerFailoverRole
        if (RealServerFailoverRole is { } realServerFailoverRole)
        {
            if (realServerFailoverRole is not ("master" or "slave"))
            {
                context.Add("RealServerBindSetReq.RealServerFailoverRole.allowed", global::TcApi.Validation.RuleSeverity.Error, "InvalidParameterValue", "RealServerFailoverRole", -1, global::System.FormattableString.Invariant($"RealServerFailoverRole must be one of master, slave (was {realServerFailoverRole})"));
            }
        }
    }

    private static readonly global::System.Text.Json.JsonEncodedText s_wireRealServerId = global::System.Text.Json.JsonEncodedText.Encode("RealServerId");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireRealServerPort = global::System.Text.Json.JsonEncodedText.Encode("RealServerPort");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireRealServerIP = global::System.Text.Json.JsonEncodedText.Encode("RealServerIP");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireRealServerWeight = global::System.Text.Json.JsonEncodedText.Encode("RealServerWeight");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireRealServerFailoverRole = global::System.Text.Json.JsonEncodedText.Encode("RealServerFailoverRole");

    /// <summary>
    /// Writes the object's wire JSON: wire names, absent members omitted.
    /// </summary>
    public void WriteTo(global::System.Text.Json.Utf8JsonWriter writer)
    {
        if (writer is null)
        {
            throw new global::System.ArgumentNullException(nameof(writer));
        }

        writer.WriteStartObject();
        if (RealServerId is { } realServerId)
        {
            writer.WriteString(s_wireRealServerId, realServerId);
        }

        writer.WriteNumber(s_wireRealServerPort, RealServerPort);
        if (RealServerIP is { } realServerIP)
        {
            writer.WriteString(s_wireRealServerIP, realServerIP);
        }

        if (RealServerWeight is { } realServerWeight)
        {
            writer.WriteNumber(s_wireRealServerWeight, realServerWeight);
        }

        if (RealServerFailoverRole is { } realServerFailoverRole)
        {
            writer.WriteString(s_wireRealServerFailoverRole, realServerFailoverRole);
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads the object at the reader's current token.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static RealServerBindSetReq ReadFrom(ref global::System.Text.Json.Utf8JsonReader reader, global::TcApi.Wire.WireReadMode mode)
    {
        global::TcApi.Wire.WireReader.ExpectObject(ref reader);
        string? realServerId = null;
        int? realServerPort = null;
        string? realServerIP = null;
        long? realServerWeight = null;
        string? realServerFailoverRole = null;
        while (global::TcApi.Wire.WireReader.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("RealServerId"u8))
            {
                realServerId = global::TcApi.Wire.WireReader.String(ref reader, "RealServerId");
            }
            else if (reader.ValueTextEquals("RealServerPort"u8))
            {
                realServerPort = global::TcApi.Wire.WireReader.Int32(ref reader, "RealServerPort");
            }
            else if (reader.ValueTextEquals("RealServerIP"u8))
            {
                realServerIP = global::TcApi.Wire.WireReader.String(ref reader, "RealServerIP");
            }
            else if (reader.ValueTextEquals("RealServerWeight"u8))
            {
                realServerWeight = global::TcApi.Wire.WireReader.Int64(ref reader, "RealServerWeight");
            }
            else if (reader.ValueTextEquals("RealServerFailoverRole"u8))
            {
                realServerFailoverRole = global::TcApi.Wire.WireReader.String(ref reader, "RealServerFailoverRole");
            }
            else
            {
                global::TcApi.Wire.WireReader.Unknown(ref reader, mode);
            }
        }

        if (mode == global::TcApi.Wire.WireReadMode.Request)
        {
            if (realServerId is null)
            {
                throw global::TcApi.Wire.WireReader.Missing("RealServerId");
            }

            if (realServerPort is null)
            {
                throw global::TcApi.Wire.WireReader.Missing("RealServerPort");
            }

            if (realServerIP is null)
            {
                throw global::TcApi.Wire.WireReader.Missing("RealServerIP");
            }
        }

        return new RealServerBindSetReq
        {
            RealServerId = realServerId ?? string.Empty,
            RealServerPort = realServerPort.GetValueOrDefault(),
            RealServerIP = realServerIP ?? string.Empty,
            RealServerWeight = realServerWeight,
            RealServerFailoverRole = realServerFailoverRole,
        };
    }
}
