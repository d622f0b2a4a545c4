/// <summary>
/// TCP listener information
/// </summary>
/// <remarks>
/// <para>Object <c>TCPListener</c> of gaap 2018-05-29, used in responses.</para>
/// </remarks>
[global::System.CodeDom.Compiler.GeneratedCode("TcApi.Generator", "0.1.0")]
public sealed partial record TCPListener : global::TcApi.Wire.IWireObject
{
    /// <summary>
    /// Listener ID
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>ListenerId</c>.</para>
    /// </remarks>
    /// <example><c>link-bjkpdum1</c></example>
    public string ListenerId { get; init; } = string.Empty;

    /// <summary>
    /// Listener name
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>ListenerName</c>.</para>
    /// </remarks>
    /// <example><c>listener-name</c></example>
    public string ListenerName { get; init; } = string.Empty;

    /// <summary>
    /// Listener port
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>Port</c>, uint64.</para>
    /// </remarks>
    /// <example><c>443</c></example>
    public long Port { get; init; }

    /// <summary>
    /// Origin server port, which is only valid for the connections of version 1.0.<br/>Note: This field may return null, indicating that no valid values can be obtained.
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>RealServerPort</c>, uint64; may be null.</para>
    /// </remarks>
    /// <example><c>332</c></example>
    public long? RealServerPort { get; init; }

    /// <summary>
    /// Type of the origin server bound to listeners
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>RealServerType</c>.</para>
    /// </remarks>
    /// <example><c>IP</c></example>
    public string RealServerType { get; init; } = string.Empty;

    /// <summary>
    /// Listener protocol: TCP.
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>Protocol</c>.</para>
    /// </remarks>
    /// <example><c>TCP</c></example>
    public string Protocol { get; init; } = string.Empty;

    /// <summary>
    /// Listener status:<br/><c>0</c>: Running<br/><c>1</c>: Creating<br/><c>2</c>: Terminating<br/><c>3</c>: Adjusting origin server<br/><c>4</c>: Adjusting configuration
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>ListenerStatus</c>, uint64.</para>
    /// </remarks>
    /// <example><c>1</c></example>
    public long ListenerStatus { get; init; }

    /// <summary>
    /// The strategy used by the listener to access the origin server. Values: <c>rr</c> (round-robin), <c>wrr</c> (weighted round-robin), <c>lc</c> (the least-connections strategy), <c>lrtt</c> (the least-response-time strategy).
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>Scheduler</c>.</para>
    /// </remarks>
    /// <example><c>rr</c></example>
    public string Scheduler { get; init; } = string.Empty;

    /// <summary>
    /// Response timeout of origin server health check (unit: seconds).
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>ConnectTimeout</c>, uint64.</para>
    /// </remarks>
    /// <example><c>2</c></example>
    public long ConnectTimeout { get; init; }

    /// <summary>
    /// Time interval of origin server health check (unit: seconds).
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>DelayLoop</c>, uint64.</para>
    /// </remarks>
    /// <example><c>5</c></example>
    public long DelayLoop { get; init; }

    /// <summary>
    /// Whether to enable the listener health check:<br/><c>0</c>: Disable<br/><c>1</c>: Enable
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>HealthCheck</c>, uint64.</para>
    /// </remarks>
    /// <example><c>1</c></example>
    public long HealthCheck { get; init; }

    /// <summary>
    /// Status of the origin server bound to listeners:<br/><c>0</c>: Abnormal<br/><c>1</c>: Normal
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>BindStatus</c>, uint64.</para>
    /// </remarks>
    /// <example><c>1</c></example>
    public long BindStatus { get; init; }

    /// <summary>
    /// Information of the origin server bound to listeners<br/>Note: This field may return null, indicating that no valid values can be obtained.
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>RealServerSet</c>.</para>
    /// </remarks>
    /// <example><c>{"RealServerId":"rs-123456"}</c></example>
    public global::System.Collections.Generic.IReadOnlyList<global::TcApi.Gaap.V20180529.BindRealServer> RealServerSet { get; init; } = global::System.Array.Empty<global::TcApi.Gaap.V20180529.BindRealServer>();

    /// <summary>
    /// Listener creation time in the format of UNIX timestamp
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>CreateTime</c>, uint64.</para>
    /// </remarks>
    /// <example><c>1607071157</c></example>
    public long CreateTime { get; init; }

    /// <summary>
    /// Describes how the listener obtains client IPs. <c>0</c>: TOA; <c>1</c>: Proxy Protocol.<br/>Note: This field may return null, indicating that no valid values can be obtained.
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>ClientIPMethod</c>, uint64.</para>
    /// </remarks>
    /// <example><c>0</c></example>
    public long ClientIPMethod { get; init; }

    /// <summary>
    /// Healthy threshold. The number of consecutive successful health checks required before considering an origin server healthy. Value range: 1 - 10.<br/>Note: This field may return null, indicating that no valid values can be obtained.
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>HealthyThreshold</c>, uint64.</para>
    /// </remarks>
    /// <example><c>5</c></example>
    public long HealthyThreshold { get; init; }

    /// <summary>
    /// Unhealthy threshold. The number of consecutive failed health checks required before considering an origin server unhealthy. Value range: 1 - 10.<br/>Note: This field may return null, indicating that no valid values can be obtained.
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>UnhealthyThreshold</c>, uint64.</para>
    /// </remarks>
    /// <example><c>1</c></example>
    public long UnhealthyThreshold { get; init; }

    /// <summary>
    /// Whether to enable the primary/secondary origin server mode for failover. Values: <c>1</c> (enabled); <c>0</c> (disabled). It’s not available if the origin type is <c>DOMAIN</c>.<br/>Note: This field may return null, indicating that no valid values can be obtained.
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>FailoverSwitch</c>, uint64.</para>
    /// </remarks>
    /// <example><c>0</c></example>
    public long FailoverSwitch { get; init; }

    /// <summary>
    /// Specifies whether to enable session persistence. Values: <c>0</c> (disable), <c>1</c> (enable)<br/>Note: This field may return null, indicating that no valid values can be obtained.
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>SessionPersist</c>, uint64.</para>
    /// </remarks>
    /// <example><c>0</c></example>
    public long SessionPersist { get; init; }

    /// <summary>
    /// Connection ID of the listener. A null value is returned if the listener is associated with the connection group.<br/>Note: This field may return <c>null</c>, indicating that no valid value can be obtained.
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>ProxyId</c>.</para>
    /// </remarks>
    /// <example><c>link-bjkpdum1</c></example>
    public string ProxyId { get; init; } = string.Empty;

    /// <summary>
    /// Connection group ID of the listener. A null value is returned if the listener is associated with a specific connection.<br/>Note: This field may return <c>null</c>, indicating that no valid value can be obtained.
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>GroupId</c>; may be null.</para>
    /// </remarks>
    /// <example><c>lg-qz6ntod5</c></example>
    public string? GroupId { get; init; }

    private static readonly global::System.Text.Json.JsonEncodedText s_wireListenerId = global::System.Text.Json.JsonEncodedText.Encode("ListenerId");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireListenerName = global::System.Text.Json.JsonEncodedText.Encode("ListenerName");
    private static readonly global::System.Text.Json.JsonEncodedText s_wirePort = global::System.Text.Json.JsonEncodedText.Encode("Port");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireRealServerPort = global::System.Text.Json.JsonEncodedText.Encode("RealServerPort");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireRealServerType = global::System.Text.Json.JsonEncodedText.Encode("RealServerType");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireProtocol = global::System.Text.Json.JsonEncodedText.Encode("Protocol");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireListenerStatus = global::System.Text.Json.JsonEncodedText.Encode("ListenerStatus");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireScheduler = global::System.Text.Json.JsonEncodedText.Encode("Scheduler");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireConnectTimeout = global::System.Text.Json.JsonEncodedText.Encode("ConnectTimeout");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireDelayLoop = global::System.Text.Json.JsonEncodedText.Encode("DelayLoop");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireHealthCheck = global::System.Text.Json.JsonEncodedText.Encode("HealthCheck");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireBindStatus = global::System.Text.Json.JsonEncodedText.Encode("BindStatus");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireRealServerSet = global::System.Text.Json.JsonEncodedText.Encode("RealServerSet");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireCreateTime = global::System.Text.Json.JsonEncodedText.Encode("CreateTime");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireClientIPMethod = global::System.Text.Json.JsonEncodedText.Encode("ClientIPMethod");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireHealthyThreshold = global::System.Text.Json.JsonEncodedText.Encode("HealthyThreshold");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireUnhealthyThreshold = global::System.Text.Json.JsonEncodedText.Encode("UnhealthyThreshold");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireFailoverSwitch = global::System.Text.Json.JsonEncodedText.Encode("FailoverSwitch");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireSessionPersist = global::System.Text.Json.JsonEncodedText.Encode("SessionPersist");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireProxyId = global::System.Text.Json.JsonEncodedText.Encode("ProxyId");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireGroupId = global::System.Text.Json.JsonEncodedText.Encode("GroupId");

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
        if (ListenerId is { } listenerId)
        {
            writer.WriteString(s_wireListenerId, listenerId);
        }

        if (ListenerName is { } listenerName)
        {
            writer.WriteString(s_wireListenerName, listenerName);
        }

        writer.WriteNumber(s_wirePort, Port);
        if (RealServerPort is { } realServerPort)
        {
            writer.WriteNumber(s_wireRealServerPort, realServerPort);
        }

        if (RealServerType is { } realServerType)
        {
            writer.WriteString(s_wireRealServerType, realServerType);
        }

        if (Protocol is { } protocol)
        {
            writer.WriteString(s_wireProtocol, protocol);
        }

        writer.WriteNumber(s_wireListenerStatus, ListenerStatus);
        if (Scheduler is { } scheduler)
        {
            writer.WriteString(s_wireScheduler, scheduler);
        }

        writer.WriteNumber(s_wireConnectTimeout, ConnectTimeout);
        writer.WriteNumber(s_wireDelayLoop, DelayLoop);
        writer.WriteNumber(s_wireHealthCheck, HealthCheck);
        writer.WriteNumber(s_wireBindStatus, BindStatus);
        if (RealServerSet is { } realServerSet)
        {
            global::TcApi.Wire.WireWriter.Objects(writer, s_wireRealServerSet, realServerSet);
        }

        writer.WriteNumber(s_wireCreateTime, CreateTime);
        writer.WriteNumber(s_wireClientIPMethod, ClientIPMethod);
        writer.WriteNumber(s_wireHealthyThreshold, HealthyThreshold);
        writer.WriteNumber(s_wireUnhealthyThreshold, UnhealthyThreshold);
        writer.WriteNumber(s_wireFailoverSwitch, FailoverSwitch);
        writer.WriteNumber(s_wireSessionPersist, SessionPersist);
        if (ProxyId is { } proxyId)
        {
            writer.WriteString(s_wireProxyId, proxyId);
        }

        if (GroupId is { } groupId)
        {
            writer.WriteString(s_wireGroupId, groupId);
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads the object at the reader's current token.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static TCPListener ReadFrom(ref global::System.Text.Json.Utf8JsonReader reader, global::TcApi.Wire.WireReadMode mode)
    {
        global::TcApi.Wire.WireReader.ExpectObject(ref reader);
        string? listenerId = null;
        string? listenerName = null;
        long? port = null;
        long? realServerPort = null;
        string? realServerType = null;
        string? protocol = null;
        long? listenerStatus = null;
        string? scheduler = null;
        long? connectTimeout = null;
        long? delayLoop = null;
        long? healthCheck = null;
        long? bindStatus = null;
        global::System.Collections.Generic.IReadOnlyList<global::TcApi.Gaap.V20180529.BindRealServer>? realServerSet = null;
        long? createTime = null;
        long? clientIPMethod = null;
        long? healthyThreshold = null;
        long? unhealthyThreshold = null;
        long? failoverSwitch = null;
        long? sessionPersist = null;
        string? proxyId = null;
        string? groupId = null;
        while (global::TcApi.Wire.WireReader.NextProperty(ref reader))
        {
            switch (global::TcApi.Wire.WireReader.NameLength(ref reader))
            {
                case 4:
                    if (reader.ValueTextEquals("Port"u8))
                    {
                        port = global::TcApi.Wire.WireReader.Int64(ref reader, "Port");
                    }
                    else
                    {
                        global::TcApi.Wire.WireReader.Unknown(ref reader, mode);
                    }

                    break;
                case 7:
                    if (reader.ValueTextEquals("ProxyId"u8))
                    {
                        proxyId = global::TcApi.Wire.WireReader.String(ref reader, "ProxyId");
                    }
                    else if (reader.ValueTextEquals("GroupId"u8))
                    {
                        groupId = global::TcApi.Wire.WireReader.String(ref reader, "GroupId");
                    }
                    else
                    {
                        global::TcApi.Wire.WireReader.Unknown(ref reader, mode);
                    }

                    break;
                case 8:
                    if (reader.ValueTextEquals("Protocol"u8))
                    {
                        protocol = global::TcApi.Wire.WireReader.String(ref reader, "Protocol");
                    }
                    else
                    {
                        global::TcApi.Wire.WireReader.Unknown(ref reader, mode);
                    }

                    break;
                case 9:
                    if (reader.ValueTextEquals("Scheduler"u8))
                    {
                        scheduler = global::TcApi.Wire.WireReader.String(ref reader, "Scheduler");
                    }
                    else if (reader.ValueTextEquals("DelayLoop"u8))
                    {
                        delayLoop = global::TcApi.Wire.WireReader.Int64(ref reader, "DelayLoop");
                    }
                    else
                    {
                        global::TcApi.Wire.WireReader.Unknown(ref reader, mode);
                    }

                    break;
                case 10:
                    if (reader.ValueTextEquals("ListenerId"u8))
                    {
                        listenerId = global::TcApi.Wire.WireReader.String(ref reader, "ListenerId");
                    }
                    else if (reader.ValueTextEquals("BindStatus"u8))
                    {
                        bindStatus = global::TcApi.Wire.WireReader.Int64(ref reader, "BindStatus");
                    }
                    else if (reader.ValueTextEquals("CreateTime"u8))
                    {
                        createTime = global::TcApi.Wire.WireReader.Int64(ref reader, "CreateTime");
                    }
                    else
                    {
                        global::TcApi.Wire.WireReader.Unknown(ref reader, mode);
                    }

                    break;
                case 11:
                    if (reader.ValueTextEquals("HealthCheck"u8))
                    {
                        healthCheck = global::TcApi.Wire.WireReader.Int64(ref reader, "HealthCheck");
                    }
                    else
                    {
                        global::TcApi.Wire.WireReader.Unknown(ref reader, mode);
                    }

                    break;
                case 12:
                    if (reader.ValueTextEquals("ListenerName"u8))
                    {
                        listenerName = global::TcApi.Wire.WireReader.String(ref reader, "ListenerName");
                    }
                    else
                    {
                        global::TcApi.Wire.WireReader.Unknown(ref reader, mode);
                    }

                    break;
                case 13:
                    if (reader.ValueTextEquals("RealServerSet"u8))
                    {
                        realServerSet = global::TcApi.Wire.WireReader.List<global::TcApi.Gaap.V20180529.BindRealServer>(ref reader, "RealServerSet", mode, global::TcApi.Gaap.V20180529.BindRealServer.ReadFrom);
                    }
                    else
                    {
                        global::TcApi.Wire.WireReader.Unknown(ref reader, mode);
                    }

                    break;
                case 14:
                    if (reader.ValueTextEquals("RealServerPort"u8))
                    {
                        realServerPort = global::TcApi.Wire.WireReader.Int64(ref reader, "RealServerPort");
                    }
                    else if (reader.ValueTextEquals("RealServerType"u8))
                    {
                        realServerType = global::TcApi.Wire.WireReader.String(ref reader, "RealServerType");
                    }
                    else if (reader.ValueTextEquals("ListenerStatus"u8))
                    {
                        listenerStatus = global::TcApi.Wire.WireReader.Int64(ref reader, "ListenerStatus");
                    }
                    else if (reader.ValueTextEquals("ConnectTimeout"u8))
                    {
                        connectTimeout = global::TcApi.Wire.WireReader.Int64(ref reader, "ConnectTimeout");
                    }
                    else if (reader.ValueTextEquals("ClientIPMethod"u8))
                    {
                        clientIPMethod = global::TcApi.Wire.WireReader.Int64(ref reader, "ClientIPMethod");
                    }
                    else if (reader.ValueTextEquals("FailoverSwitch"u8))
                    {
                        failoverSwitch = global::TcApi.Wire.WireReader.Int64(ref reader, "FailoverSwitch");
                    }
                    else if (reader.ValueTextEquals("SessionPersist"u8))
                    {
                        sessionPersist = global::TcApi.Wire.WireReader.Int64(ref reader, "SessionPersist");
                    }
                    else
                    {
                        global::TcApi.Wire.WireReader.Unknown(ref reader, mode);
                    }

                    break;
                case 16:
                    if (reader.ValueTextEquals("HealthyThreshold"u8))
                    {
                        healthyThreshold = global::TcApi.Wire.WireReader.Int64(ref reader, "HealthyThreshold");
                    }
                    else
                    {
                        global::TcApi.Wire.WireReader.Unknown(ref reader, mode);
                    }

                    break;
                case 18:
                    if (reader.ValueTextEquals("UnhealthyThreshold"u8))
                    {
                        unhealthyThreshold = global::TcApi.Wire.WireReader.Int64(ref reader, "UnhealthyThreshold");
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

        return new TCPListener
        {
            ListenerId = listenerId ?? string.Empty,
            ListenerName = listenerName ?? string.Empty,
            Port = port.GetValueOrDefault(),
            RealServerPort = realServerPort,
            RealServerType = realServerType ?? string.Empty,
            Protocol = protocol ?? string.Empty,
            ListenerStatus = listenerStatus.GetValueOrDefault(),
            Scheduler = scheduler ?? string.Empty,
            ConnectTimeout = connectTimeout.GetValueOrDefault(),
            DelayLoop = delayLoop.GetValueOrDefault(),
            HealthCheck = healthCheck.GetValueOrDefault(),
            BindStatus = bindStatus.GetValueOrDefault(),
            RealServerSet = realServerSet ?? global::System.Array.Empty<global::TcApi.Gaap.V20180529.BindRealServer>(),
            CreateTime = createTime.GetValueOrDefault(),
            ClientIPMethod = clientIPMethod.GetValueOrDefault(),
            HealthyThreshold = healthyThreshold.GetValueOrDefault(),
            UnhealthyThreshold = unhealthyThreshold.GetValueOrDefault(),
            FailoverSwitch = failoverSwitch.GetValueOrDefault(),
            SessionPersist = sessionPersist.GetValueOrDefault(),
            ProxyId = proxyId ?? string.Empty,
            GroupId = groupId,
        };
    }

    /// <summary>Whether <paramref name="other"/> has equal members; lists are compared by content.</summary>
    public bool Equals(TCPListener? other) =>
        other is not null
        && global::System.Collections.Generic.EqualityComparer<string>.Default.Equals(ListenerId, other.ListenerId)
        && global::System.Collections.Generic.EqualityComparer<string>.Default.Equals(ListenerName, other.ListenerName)
        && global::System.Collections.Generic.EqualityComparer<long>.Default.Equals(Port, other.Port)
        && global::System.Collections.Generic.EqualityComparer<long?>.Default.Equals(RealServerPort, other.RealServerPort)
        && global::System.Collections.Generic.EqualityComparer<string>.Default.Equals(RealServerType, other.RealServerType)
        && global::System.Collections.Generic.EqualityComparer<string>.Default.Equals(Protocol, other.Protocol)
        && global::System.Collections.Generic.EqualityComparer<long>.Default.Equals(ListenerStatus, other.ListenerStatus)
        && global::System.Collections.Generic.EqualityComparer<string>.Default.Equals(Scheduler, other.Scheduler)
        && global::System.Collections.Generic.EqualityComparer<long>.Default.Equals(ConnectTimeout, other.ConnectTimeout)
        && global::System.Collections.Generic.EqualityComparer<long>.Default.Equals(DelayLoop, other.DelayLoop)
        && global::System.Collections.Generic.EqualityComparer<long>.Default.Equals(HealthCheck, other.HealthCheck)
        && global::System.Collections.Generic.EqualityComparer<long>.Default.Equals(BindStatus, other.BindStatus)
        && global::TcApi.Wire.WireEquality.ListEquals(RealServerSet, other.RealServerSet)
        && global::System.Collections.Generic.EqualityComparer<long>.Default.Equals(CreateTime, other.CreateTime)
        && global::System.Collections.Generic.EqualityComparer<long>.Default.Equals(ClientIPMethod, other.ClientIPMethod)
        && global::System.Collections.Generic.EqualityComparer<long>.Default.Equals(HealthyThreshold, other.HealthyThreshold)
        && global::System.Collections.Generic.EqualityComparer<long>.Default.Equals(UnhealthyThreshold, other.UnhealthyThreshold)
        && global::System.Collections.Generic.EqualityComparer<long>.Default.Equals(FailoverSwitch, other.FailoverSwitch)
        && global::System.Collections.Generic.EqualityComparer<long>.Default.Equals(SessionPersist, other.SessionPersist)
        && global::System.Collections.Generic.EqualityComparer<string>.Default.Equals(ProxyId, other.ProxyId)
        && global::System.Collections.Generic.EqualityComparer<string?>.Default.Equals(GroupId, other.GroupId);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = 17;
        hash = unchecked((hash * 31) + (ListenerId?.GetHashCode() ?? 0));
        hash = unchecked((hash * 31) + (ListenerName?.GetHashCode() ?? 0));
        hash = unchecked((hash * 31) + Port.GetHashCode());
        hash = unchecked((hash * 31) + RealServerPort.GetHashCode());
        hash = unchecked((hash * 31) + (RealServerType?.GetHashCode() ?? 0));
        hash = unchecked((hash * 31) + (Protocol?.GetHashCode() ?? 0));
        hash = unchecked((hash * 31) + ListenerStatus.GetHashCode());
        hash = unchecked((hash * 31) + (Scheduler?.GetHashCode() ?? 0));
        hash = unchecked((hash * 31) + ConnectTimeout.GetHashCode());
        hash = unchecked((hash * 31) + DelayLoop.GetHashCode());
        hash = unchecked((hash * 31) + HealthCheck.GetHashCode());
        hash = unchecked((hash * 31) + BindStatus.GetHashCode());
        hash = unchecked((hash * 31) + global::TcApi.Wire.WireEquality.ListHash(RealServerSet));
        hash = unchecked((hash * 31) + CreateTime.GetHashCode());
        hash = unchecked((hash * 31) + ClientIPMethod.GetHashCode());
        hash = unchecked((hash * 31) + HealthyThreshold.GetHashCode());
        hash = unchecked((hash * 31) + UnhealthyThreshold.GetHashCode());
        hash = unchecked((hash * 31) + FailoverSwitch.GetHashCode());
        hash = unchecked((hash * 31) + SessionPersist.GetHashCode());
        hash = unchecked((hash * 31) + (ProxyId?.GetHashCode() ?? 0));
        hash = unchecked((hash * 31) + (GroupId?.GetHashCode() ?? 0));
        return hash;
    }

    private bool PrintMembers(global::System.Text.StringBuilder builder)
    {
        builder.Append("ListenerId = ");
        builder.Append(ListenerId);
        builder.Append(", ListenerName = ");
        builder.Append(ListenerName);
        builder.Append(", Port = ");
        global::TcApi.Wire.WireEquality.AppendValue(builder, Port);
        builder.Append(", RealServerPort = ");
        if (RealServerPort is { } realServerPort) { global::TcApi.Wire.WireEquality.AppendValue(builder, realServerPort); } else { builder.Append("null"); }
        builder.Append(", RealServerType = ");
        builder.Append(RealServerType);
        builder.Append(", Protocol = ");
        builder.Append(Protocol);
        builder.Append(", ListenerStatus = ");
        global::TcApi.Wire.WireEquality.AppendValue(builder, ListenerStatus);
        builder.Append(", Scheduler = ");
        builder.Append(Scheduler);
        builder.Append(", ConnectTimeout = ");
        global::TcApi.Wire.WireEquality.AppendValue(builder, ConnectTimeout);
        builder.Append(", DelayLoop = ");
        global::TcApi.Wire.WireEquality.AppendValue(builder, DelayLoop);
        builder.Append(", HealthCheck = ");
        global::TcApi.Wire.WireEquality.AppendValue(builder, HealthCheck);
        builder.Append(", BindStatus = ");
        global::TcApi.Wire.WireEquality.AppendValue(builder, BindStatus);
        builder.Append(", RealServerSet = ");
        global::TcApi.Wire.WireEquality.AppendList(builder, RealServerSet);
        builder.Append(", CreateTime = ");
        global::TcApi.Wire.WireEquality.AppendValue(builder, CreateTime);
        builder.Append(", ClientIPMethod = ");
        global::TcApi.Wire.WireEquality.AppendValue(builder, ClientIPMethod);
        builder.Append(", HealthyThreshold = ");
        global::TcApi.Wire.WireEquality.AppendValue(builder, HealthyThreshold);
        builder.Append(", UnhealthyThreshold = ");
        global::TcApi.Wire.WireEquality.AppendValue(builder, UnhealthyThreshold);
        builder.Append(", FailoverSwitch = ");
        global::TcApi.Wire.WireEquality.AppendValue(builder, FailoverSwitch);
        builder.Append(", SessionPersist = ");
        global::TcApi.Wire.WireEquality.AppendValue(builder, SessionPersist);
        builder.Append(", ProxyId = ");
        builder.Append(ProxyId);
        builder.Append(", GroupId = ");
        builder.Append(GroupId);
        return true;
    }
}
