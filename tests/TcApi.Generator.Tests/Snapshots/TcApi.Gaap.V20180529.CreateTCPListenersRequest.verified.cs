/// <summary>
/// This API (CreateTCPListeners) is used to batch create TCP listeners of single connections or connection groups.
/// </summary>
/// <remarks>
/// <para>Rate limit: 20 requests per second.</para>
/// <para>Not idempotent: a call that may have reached the service is not retried.</para>
/// <para>Documentation: <see href="https://www.tencentcloud.com/document/product/608/33074"/></para>
/// </remarks>
[global::System.CodeDom.Compiler.GeneratedCode("TcApi.Generator", "0.1.0")]
[global::TcApi.Constraints.ApiRequest("gaap", "2018-05-29", "CreateTCPListeners")]
[global::TcApi.Constraints.ExactlyOneOfRule("CreateTCPListeners.ProxyIdOrGroupId", "Exactly one of {members} must be set (found {count})", "ProxyId", "GroupId", NoneSetSeverity = global::TcApi.Validation.RuleSeverity.Warning, ErrorCode = "InvalidParameter")]
[global::TcApi.Constraints.CompareRule("CreateTCPListeners.ConnectTimeoutLessThanDelayLoop", "{left} ({leftValue}) must be less than {right} ({rightValue})", "ConnectTimeout", global::TcApi.Constraints.CompareOperator.LessThan, "DelayLoop", ErrorCode = "InvalidParameterValue")]
[global::TcApi.Constraints.ImpliesRule("CreateTCPListeners.NoFailoverForDomain", "{then} cannot be enabled when {when} is DOMAIN", "RealServerType", global::TcApi.Constraints.ConditionOperator.Equals, new object[] { global::TcApi.Gaap.V20180529.RealServerType.Domain }, "FailoverSwitch", global::TcApi.Constraints.ConditionOperator.NotEquals, new object[] { true }, ErrorCode = "InvalidParameterValue")]
public sealed partial record CreateTCPListenersRequest : global::TcApi.Wire.IApiRequest
{
    /// <summary>The action name sent in <c>X-TC-Action</c>.</summary>
    public const string ActionName = "CreateTCPListeners";

    /// <summary>The service, which the signature's credential scope names.</summary>
    public const string ServiceName = "gaap";

    /// <summary>The API version sent in <c>X-TC-Version</c>.</summary>
    public const string ApiVersion = "2018-05-29";

    /// <summary>The service's default endpoint host.</summary>
    public const string Endpoint = "gaap.tencentcloudapi.com";

    /// <summary>The documented limit of calls per second.</summary>
    public const int RateLimitPerSecond = 20;

    /// <summary>Whether a call may be repeated without doing its work twice.</summary>
    public const bool IsIdempotent = false;

    /// <summary>The action's service, version, idempotency and rate limit, for the client.</summary>
    public static global::TcApi.Client.ApiActionInfo ActionInfo { get; } =
        new(ServiceName, ApiVersion, ActionName, IsIdempotent, 20, false);

    /// <summary>The error codes the documentation lists for this action.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<global::TcApi.Gaap.V20180529.GaapErrorCode> DocumentedErrorCodes { get; } = new global::TcApi.Gaap.V20180529.GaapErrorCode[]
    {
        global::TcApi.Gaap.V20180529.GaapErrorCode.AuthFailure,
        global::TcApi.Gaap.V20180529.GaapErrorCode.AuthFailureNotEnterpriseAuthorization,
        global::TcApi.Gaap.V20180529.GaapErrorCode.AuthFailureUnauthorizedOperation,
        global::TcApi.Gaap.V20180529.GaapErrorCode.FailedOperation,
        global::TcApi.Gaap.V20180529.GaapErrorCode.FailedOperationDuplicatedRequest,
        global::TcApi.Gaap.V20180529.GaapErrorCode.FailedOperationGroupStatusNotInRuning,
        global::TcApi.Gaap.V20180529.GaapErrorCode.FailedOperationInstanceStatusNotInRuning,
        global::TcApi.Gaap.V20180529.GaapErrorCode.FailedOperationLimitNumofListener,
        global::TcApi.Gaap.V20180529.GaapErrorCode.FailedOperationListenerHasTask,
        global::TcApi.Gaap.V20180529.GaapErrorCode.FailedOperationNonStandardProxy,
        global::TcApi.Gaap.V20180529.GaapErrorCode.FailedOperationOperateLimitNumofListener,
        global::TcApi.Gaap.V20180529.GaapErrorCode.FailedOperationProxyStatusNotInRuning,
        global::TcApi.Gaap.V20180529.GaapErrorCode.FailedOperationResourceUpgrading,
        global::TcApi.Gaap.V20180529.GaapErrorCode.FailedOperationUserNotConfirmProtocol,
        global::TcApi.Gaap.V20180529.GaapErrorCode.InternalError,
        global::TcApi.Gaap.V20180529.GaapErrorCode.InvalidParameter,
        global::TcApi.Gaap.V20180529.GaapErrorCode.InvalidParameterValue,
        global::TcApi.Gaap.V20180529.GaapErrorCode.InvalidParameterValueDuplicatedListenerPort,
        global::TcApi.Gaap.V20180529.GaapErrorCode.InvalidParameterValueInvalidListenerPort,
        global::TcApi.Gaap.V20180529.GaapErrorCode.MissingParameter,
        global::TcApi.Gaap.V20180529.GaapErrorCode.ResourceNotFound,
        global::TcApi.Gaap.V20180529.GaapErrorCode.ResourceUnavailable,
        global::TcApi.Gaap.V20180529.GaapErrorCode.ResourceUnavailableAccountViolation,
        global::TcApi.Gaap.V20180529.GaapErrorCode.UnsupportedOperation,
    };

    /// <summary>
    /// Listener name.
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>ListenerName</c>; required.</para>
    /// </remarks>
    /// <example><c>test1</c></example>
    [global::TcApi.Constraints.RequiredConstraint("CreateTCPListeners.ListenerName.required", "{member} is required", ErrorCode = "MissingParameter")]
    public required string ListenerName { get; init; }

    /// <summary>
    /// List of listener ports.
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>Ports</c>, uint64; required.</para>
    /// <para>Rule CreateTCPListeners.Ports.notEmpty: items 1..∞ (inferred: The member is required and a listener needs a port; an empty list creates nothing. — curated in gaap-v20180529.tcapi-overlay.json)</para>
    /// <para>Rule CreateTCPListeners.Ports.unique: no duplicate items (inferred: Two listeners cannot share a port; the service answers InvalidParameterValue.DuplicatedListenerPort ('Listener port already exists'). — curated in gaap-v20180529.tcapi-overlay.json)</para>
    /// <para>Rule CreateTCPListeners.Ports.range: each item &gt;= 1, &lt;= 65535 (inferred: A TCP port is a number from 1 to 65535; the service answers InvalidParameterValue.InvalidListenerPort for a port it cannot use. — curated in gaap-v20180529.tcapi-overlay.json)</para>
    /// </remarks>
    /// <example><c>["90\n"]</c></example>
    [global::TcApi.Constraints.RequiredConstraint("CreateTCPListeners.Ports.required", "{member} is required", ErrorCode = "MissingParameter")]
    [global::TcApi.Constraints.ItemCountConstraint("CreateTCPListeners.Ports.notEmpty", "{member} must list at least {minItems} port (has {count})", MinItems = 1, ErrorCode = "InvalidParameterValue")]
    [global::TcApi.Constraints.UniqueItemsConstraint("CreateTCPListeners.Ports.unique", "{member} lists port {value} twice (items {firstIndex} and {index})", ErrorCode = "InvalidParameterValue.DuplicatedListenerPort")]
    [global::TcApi.Constraints.RangeConstraint("CreateTCPListeners.Ports.range", "{member} item {index} must be a port between {minimum} and {maximum} (was {value})", Minimum = 1, Maximum = 65535, AppliesToItems = true, ErrorCode = "InvalidParameterValue.InvalidListenerPort")]
    public required global::System.Collections.Generic.IReadOnlyList<int> Ports { get; init; }

    /// <summary>
    /// The strategy used by the listener to access the origin server. Values: <c>rr</c> (round-robin), <c>wrr</c> (weighted round-robin), <c>lc</c> (the least-connections strategy), <c>lrtt</c> (the least-response-time strategy).
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>Scheduler</c>; required.</para>
    /// <para>Rule CreateTCPListeners.Scheduler.enum: a defined value (inferred: the member's values are the enum's: rr, wrr, lc, lrtt)</para>
    /// </remarks>
    /// <example><c>rr</c></example>
    [global::TcApi.Constraints.RequiredConstraint("CreateTCPListeners.Scheduler.required", "{member} is required", ErrorCode = "MissingParameter")]
    [global::TcApi.Constraints.DefinedEnumConstraint("CreateTCPListeners.Scheduler.enum", "{member} must be one of rr, wrr, lc, lrtt (was {value})", ErrorCode = "InvalidParameterValue")]
    public required global::TcApi.Gaap.V20180529.Scheduler Scheduler { get; init; }

    /// <summary>
    /// Whether origin server has the health check enabled. 1: enabled; 0: disabled. UDP listeners do not support health check.
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>HealthCheck</c>; required.</para>
    /// <para>UDP listeners do not support health check.</para>
    /// </remarks>
    /// <example><c>1</c></example>
    [global::TcApi.Constraints.RequiredConstraint("CreateTCPListeners.HealthCheck.required", "{member} is required", ErrorCode = "MissingParameter")]
    public required bool HealthCheck { get; init; }

    /// <summary>
    /// The origin server type. Values: <c>IP</c> (IP address); <c>DOMAIN</c> (domain name).
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>RealServerType</c>; required.</para>
    /// <para>Rule CreateTCPListeners.RealServerType.enum: a defined value (inferred: the member's values are the enum's: IP, DOMAIN)</para>
    /// </remarks>
    /// <example><c>IP</c></example>
    [global::TcApi.Constraints.RequiredConstraint("CreateTCPListeners.RealServerType.required", "{member} is required", ErrorCode = "MissingParameter")]
    [global::TcApi.Constraints.DefinedEnumConstraint("CreateTCPListeners.RealServerType.enum", "{member} must be one of IP, DOMAIN (was {value})", ErrorCode = "InvalidParameterValue")]
    public required global::TcApi.Gaap.V20180529.RealServerType RealServerType { get; init; }

    /// <summary>
    /// Connection ID; Either <c>ProxyId</c> or <c>GroupId</c> must be set, but you cannot set both.
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>ProxyId</c>; optional.</para>
    /// </remarks>
    /// <example><c>link-bjkpdum1</c></example>
    public string? ProxyId { get; init; }

    /// <summary>
    /// Connection group ID; Either <c>ProxyId</c> or <c>GroupId</c> must be set, but you cannot set both.
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>GroupId</c>; optional.</para>
    /// </remarks>
    /// <example><c>lg-bjkpdum1</c></example>
    public string? GroupId { get; init; }

    /// <summary>
    /// Time interval of origin server health check (unit: seconds). Value range: [5, 300].
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>DelayLoop</c>, uint64; optional.</para>
    /// <para>Rule CreateTCPListeners.DelayLoop.range: &gt;= 5, &lt;= 300 (documented: Value range: [5, 300]. — curated in gaap-v20180529.tcapi-overlay.json)</para>
    /// </remarks>
    /// <example><c>20</c></example>
    [global::TcApi.Constraints.RangeConstraint("CreateTCPListeners.DelayLoop.range", "{member} must be between {minimum} and {maximum} (was {value})", Minimum = 5, Maximum = 300, ErrorCode = "InvalidParameterValue")]
    public int? DelayLoop { get; init; }

    /// <summary>
    /// Response timeout of origin server health check (unit: seconds). Value range: [2, 60]. The timeout value shall be less than the time interval for health check DelayLoop.
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>ConnectTimeout</c>, uint64; optional.</para>
    /// <para>Rule CreateTCPListeners.ConnectTimeout.range: &gt;= 2, &lt;= 60 (documented: Value range: [2, 60]. — curated in gaap-v20180529.tcapi-overlay.json)</para>
    /// </remarks>
    /// <example><c>20</c></example>
    [global::TcApi.Constraints.RangeConstraint("CreateTCPListeners.ConnectTimeout.range", "{member} must be between {minimum} and {maximum} (was {value})", Minimum = 2, Maximum = 60, ErrorCode = "InvalidParameterValue")]
    public int? ConnectTimeout { get; init; }

    /// <summary>
    /// List of origin server ports, which only supports the listeners of version 1.0 and connection group.
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>RealServerPorts</c>, uint64; optional.</para>
    /// <para>Whether the listener is of version 1.0 depends on server state, so the client does not check this restriction; the service does.</para>
    /// <para>Rule CreateTCPListeners.RealServerPorts.range: each item &gt;= 1, &lt;= 65535 (inferred: An origin server port is a TCP port, a number from 1 to 65535. — curated in gaap-v20180529.tcapi-overlay.json)</para>
    /// </remarks>
    /// <example><c>[443]</c></example>
    [global::TcApi.Constraints.RangeConstraint("CreateTCPListeners.RealServerPorts.range", "{member} item {index} must be a port between {minimum} and {maximum} (was {value})", Minimum = 1, Maximum = 65535, AppliesToItems = true, ErrorCode = "InvalidParameterValue")]
    public global::System.Collections.Generic.IReadOnlyList<int>? RealServerPorts { get; init; }

    /// <summary>
    /// Listener methods of getting client IPs. 0: TOA; 1: Proxy Protocol.
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>ClientIPMethod</c>; optional.</para>
    /// <para>Rule CreateTCPListeners.ClientIPMethod.enum: a defined value (inferred: the member's values are the enum's: 0, 1)</para>
    /// </remarks>
    /// <example><c>0</c></example>
    [global::TcApi.Constraints.DefinedEnumConstraint("CreateTCPListeners.ClientIPMethod.enum", "{member} must be one of 0, 1 (was {value})", ErrorCode = "InvalidParameterValue")]
    public global::TcApi.Gaap.V20180529.ClientIPMethod? ClientIPMethod { get; init; }

    /// <summary>
    /// Whether to enable the primary/secondary origin server mode. Valid values: 1 (enable) and 0 (disable). It cannot be enabled for domain name origin servers.
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>FailoverSwitch</c>; optional.</para>
    /// </remarks>
    /// <example><c>0</c></example>
    public bool? FailoverSwitch { get; init; }

    /// <summary>
    /// Healthy threshold. The number of consecutive successful health checks required before considering an origin server healthy. Value range: 1 - 10.
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>HealthyThreshold</c>, uint64; optional.</para>
    /// <para>Rule CreateTCPListeners.HealthyThreshold.range: &gt;= 1, &lt;= 10 (documented: Value range: 1 - 10. — curated in gaap-v20180529.tcapi-overlay.json)</para>
    /// </remarks>
    /// <example><c>5</c></example>
    [global::TcApi.Constraints.RangeConstraint("CreateTCPListeners.HealthyThreshold.range", "{member} must be between {minimum} and {maximum} (was {value})", Minimum = 1, Maximum = 10, ErrorCode = "InvalidParameterValue")]
    public int? HealthyThreshold { get; init; }

    /// <summary>
    /// Unhealthy threshold. The number of consecutive failed health checks required before considering an origin server unhealthy. Value range: 1 - 10.
    /// </summary>
    /// <remarks>
    /// <para>Wire name <c>UnhealthyThreshold</c>, uint64; optional.</para>
    /// <para>Rule CreateTCPListeners.UnhealthyThreshold.range: &gt;= 1, &lt;= 10 (documented: Value range: 1 - 10. — curated in gaap-v20180529.tcapi-overlay.json)</para>
    /// </remarks>
    /// <example><c>1</c></example>
    [global::TcApi.Constraints.RangeConstraint("CreateTCPListeners.UnhealthyThreshold.range", "{member} must be between {minimum} and {maximum} (was {value})", Minimum = 1, Maximum = 10, ErrorCode = "InvalidParameterValue")]
    public int? UnhealthyThreshold { get; init; }

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
        // ListenerName
        if (ListenerName is null)
        {
            context.Add("CreateTCPListeners.ListenerName.required", global::TcApi.Validation.RuleSeverity.Error, "MissingParameter", "ListenerName", -1, "ListenerName is required");
        }

        // Ports
        if (Ports is { } ports)
        {
            if (ports.Count < 1)
            {
                context.Add("CreateTCPListeners.Ports.notEmpty", global::TcApi.Validation.RuleSeverity.Error, "InvalidParameterValue", "Ports", -1, global::System.FormattableString.Invariant($"Ports must list at least 1 port (has {ports.Count})"));
            }

            for (var index = 0; index < ports.Count; index++)
            {
                var item = ports[index];
                if (item < 1 || item > 65535)
                {
                    context.Add("CreateTCPListeners.Ports.range", global::TcApi.Validation.RuleSeverity.Error, "InvalidParameterValue.InvalidListenerPort", "Ports", index, global::System.FormattableString.Invariant($"Ports item {index} must be a port between 1 and 65535 (was {item})"));
                }
            }

            for (var index = 1; index < ports.Count; index++)
            {
                var item = ports[index];
                for (var first = 0; first < index; first++)
                {
                    if (global::System.Collections.Generic.EqualityComparer<int>.Default.Equals(item, ports[first]))
                    {
                        context.AddDuplicate("CreateTCPListeners.Ports.unique", global::TcApi.Validation.RuleSeverity.Error, "InvalidParameterValue.DuplicatedListenerPort", "Ports", index, first, global::System.FormattableString.Invariant($"Ports lists port {item} twice (items {first} and {index})"));
                        break;
                    }
                }
            }
        }
        else
        {
            context.Add("CreateTCPListeners.Ports.required", global::TcApi.Validation.RuleSeverity.Error, "MissingParameter", "Ports", -1, "Ports is required");
        }

        // Scheduler
        {
            var scheduler = Scheduler;
            if (!global::TcApi.Gaap.V20180529.SchedulerWire.IsDefined(scheduler))
            {
                context.Add("CreateTCPListeners.Scheduler.enum", global::TcApi.Validation.RuleSeverity.Error, "InvalidParameterValue", "Scheduler", -1, global::System.FormattableString.Invariant($"Scheduler must be one of rr, wrr, lc, lrtt (was {(global::TcApi.Gaap.V20180529.SchedulerWire.Describe(scheduler))})"));
            }
        }

        // RealServerType
        {
            var realServerType = RealServerType;
            if (!global::TcApi.Gaap.V20180529.RealServerTypeWire.IsDefined(realServerType))
            {
                context.Add("CreateTCPListeners.RealServerType.enum", global::TcApi.Validation.RuleSeverity.Error, "InvalidParameterValue", "RealServerType", -1, global::System.FormattableString.Invariant($"RealServerType must be one of IP, DOMAIN (was {(global::TcApi.Gaap.V20180529.RealServerTypeWire.Describe(realServerType))})"));
            }
        }

        // DelayLoop
        if (DelayLoop is { } delayLoop)
        {
            if (delayLoop < 5 || delayLoop > 300)
            {
                context.Add("CreateTCPListeners.DelayLoop.range", global::TcApi.Validation.RuleSeverity.Error, "InvalidParameterValue", "DelayLoop", -1, global::System.FormattableString.Invariant($"DelayLoop must be between 5 and 300 (was {delayLoop})"));
            }
        }

        // ConnectTimeout
        if (ConnectTimeout is { } connectTimeout)
        {
            if (connectTimeout < 2 || connectTimeout > 60)
            {
                context.Add("CreateTCPListeners.ConnectTimeout.range", global::TcApi.Validation.RuleSeverity.Error, "InvalidParameterValue", "ConnectTimeout", -1, global::System.FormattableString.Invariant($"ConnectTimeout must be between 2 and 60 (was {connectTimeout})"));
            }
        }

        // RealServerPorts
        if (RealServerPorts is { } realServerPorts)
        {
            for (var index = 0; index < realServerPorts.Count; index++)
            {
                var item = realServerPorts[index];
                if (item < 1 || item > 65535)
                {
                    context.Add("CreateTCPListeners.RealServerPorts.range", global::TcApi.Validation.RuleSeverity.Error, "InvalidParameterValue", "RealServerPorts", index, global::System.FormattableString.Invariant($"RealServerPorts item {index} must be a port between 1 and 65535 (was {item})"));
                }
            }
        }

        // ClientIPMethod
        if (ClientIPMethod is { } clientIPMethod)
        {
            if (!global::TcApi.Gaap.V20180529.ClientIPMethodWire.IsDefined(clientIPMethod))
            {
                context.Add("CreateTCPListeners.ClientIPMethod.enum", global::TcApi.Validation.RuleSeverity.Error, "InvalidParameterValue", "ClientIPMethod", -1, global::System.FormattableString.Invariant($"ClientIPMethod must be one of 0, 1 (was {(global::TcApi.Gaap.V20180529.ClientIPMethodWire.Describe(clientIPMethod))})"));
            }
        }

        // HealthyThreshold
        if (HealthyThreshold is { } healthyThreshold)
        {
            if (healthyThreshold < 1 || healthyThreshold > 10)
            {
                context.Add("CreateTCPListeners.HealthyThreshold.range", global::TcApi.Validation.RuleSeverity.Error, "InvalidParameterValue", "HealthyThreshold", -1, global::System.FormattableString.Invariant($"HealthyThreshold must be between 1 and 10 (was {healthyThreshold})"));
            }
        }

        // UnhealthyThreshold
        if (UnhealthyThreshold is { } unhealthyThreshold)
        {
            if (unhealthyThreshold < 1 || unhealthyThreshold > 10)
            {
                context.Add("CreateTCPListeners.UnhealthyThreshold.range", global::TcApi.Validation.RuleSeverity.Error, "InvalidParameterValue", "UnhealthyThreshold", -1, global::System.FormattableString.Invariant($"UnhealthyThreshold must be between 1 and 10 (was {unhealthyThreshold})"));
            }
        }

        // CreateTCPListeners.ProxyIdOrGroupId
        {
            var count = (ProxyId is not null ? 1 : 0) + (GroupId is not null ? 1 : 0);
            if (count != 1)
            {
                context.Add("CreateTCPListeners.ProxyIdOrGroupId", global::TcApi.Validation.RuleSeverity.Error, "InvalidParameter", global::System.FormattableString.Invariant($"Exactly one of ProxyId, GroupId must be set (found {count})"), "GroupId", "ProxyId");
            }
        }

        // CreateTCPListeners.ConnectTimeoutLessThanDelayLoop
        {
            if (ConnectTimeout is { } left && DelayLoop is { } right && !(left < right))
            {
                context.Add("CreateTCPListeners.ConnectTimeoutLessThanDelayLoop", global::TcApi.Validation.RuleSeverity.Error, "InvalidParameterValue", global::System.FormattableString.Invariant($"ConnectTimeout ({left}) must be less than DelayLoop ({right})"), "ConnectTimeout", "DelayLoop");
            }
        }

        // CreateTCPListeners.NoFailoverForDomain
        {
            if (RealServerType is global::TcApi.Gaap.V20180529.RealServerType.Domain && !(FailoverSwitch is not true))
            {
                context.Add("CreateTCPListeners.NoFailoverForDomain", global::TcApi.Validation.RuleSeverity.Error, "InvalidParameterValue", "FailoverSwitch cannot be enabled when RealServerType is DOMAIN", "FailoverSwitch", "RealServerType");
            }
        }
    }

    /// <summary>
    /// Throws <see cref="global::TcApi.Validation.RequestValidationException"/>, listing every violation, when the
    /// request breaks a rule of error severity.
    /// </summary>
    public void EnsureValid() => Validate().ThrowIfInvalid(ActionName);

    private static readonly global::System.Text.Json.JsonEncodedText s_wireListenerName = global::System.Text.Json.JsonEncodedText.Encode("ListenerName");
    private static readonly global::System.Text.Json.JsonEncodedText s_wirePorts = global::System.Text.Json.JsonEncodedText.Encode("Ports");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireScheduler = global::System.Text.Json.JsonEncodedText.Encode("Scheduler");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireHealthCheck = global::System.Text.Json.JsonEncodedText.Encode("HealthCheck");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireRealServerType = global::System.Text.Json.JsonEncodedText.Encode("RealServerType");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireProxyId = global::System.Text.Json.JsonEncodedText.Encode("ProxyId");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireGroupId = global::System.Text.Json.JsonEncodedText.Encode("GroupId");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireDelayLoop = global::System.Text.Json.JsonEncodedText.Encode("DelayLoop");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireConnectTimeout = global::System.Text.Json.JsonEncodedText.Encode("ConnectTimeout");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireRealServerPorts = global::System.Text.Json.JsonEncodedText.Encode("RealServerPorts");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireClientIPMethod = global::System.Text.Json.JsonEncodedText.Encode("ClientIPMethod");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireFailoverSwitch = global::System.Text.Json.JsonEncodedText.Encode("FailoverSwitch");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireHealthyThreshold = global::System.Text.Json.JsonEncodedText.Encode("HealthyThreshold");
    private static readonly global::System.Text.Json.JsonEncodedText s_wireUnhealthyThreshold = global::System.Text.Json.JsonEncodedText.Encode("UnhealthyThreshold");

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
        if (ListenerName is { } listenerName)
        {
            writer.WriteString(s_wireListenerName, listenerName);
        }

        if (Ports is { } ports)
        {
            global::TcApi.Wire.WireWriter.Int32s(writer, s_wirePorts, ports);
        }

        global::TcApi.Gaap.V20180529.SchedulerWire.Write(writer, s_wireScheduler, Scheduler);
        writer.WriteNumber(s_wireHealthCheck, HealthCheck ? 1 : 0);
        global::TcApi.Gaap.V20180529.RealServerTypeWire.Write(writer, s_wireRealServerType, RealServerType);
        if (ProxyId is { } proxyId)
        {
            writer.WriteString(s_wireProxyId, proxyId);
        }

        if (GroupId is { } groupId)
        {
            writer.WriteString(s_wireGroupId, groupId);
        }

        if (DelayLoop is { } delayLoop)
        {
            writer.WriteNumber(s_wireDelayLoop, delayLoop);
        }

        if (ConnectTimeout is { } connectTimeout)
        {
            writer.WriteNumber(s_wireConnectTimeout, connectTimeout);
        }

        if (RealServerPorts is { } realServerPorts)
        {
            global::TcApi.Wire.WireWriter.Int32s(writer, s_wireRealServerPorts, realServerPorts);
        }

        if (ClientIPMethod is { } clientIPMethod)
        {
            global::TcApi.Gaap.V20180529.ClientIPMethodWire.Write(writer, s_wireClientIPMethod, clientIPMethod);
        }

        if (FailoverSwitch is { } failoverSwitch)
        {
            writer.WriteNumber(s_wireFailoverSwitch, failoverSwitch ? 1 : 0);
        }

        if (HealthyThreshold is { } healthyThreshold)
        {
            writer.WriteNumber(s_wireHealthyThreshold, healthyThreshold);
        }

        if (UnhealthyThreshold is { } unhealthyThreshold)
        {
            writer.WriteNumber(s_wireUnhealthyThreshold, unhealthyThreshold);
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
    public static CreateTCPListenersRequest ReadFrom(global::System.ReadOnlySpan<byte> utf8Json) =>
        global::TcApi.Wire.WireReader.ReadRequest<CreateTCPListenersRequest>(utf8Json, ReadFrom);

    /// <summary>Reads the object at the reader's current token.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static CreateTCPListenersRequest ReadFrom(ref global::System.Text.Json.Utf8JsonReader reader, global::TcApi.Wire.WireReadMode mode)
    {
        global::TcApi.Wire.WireReader.ExpectObject(ref reader);
        string? listenerName = null;
        global::System.Collections.Generic.IReadOnlyList<int>? ports = null;
        global::TcApi.Gaap.V20180529.Scheduler? scheduler = null;
        bool? healthCheck = null;
        global::TcApi.Gaap.V20180529.RealServerType? realServerType = null;
        string? proxyId = null;
        string? groupId = null;
        int? delayLoop = null;
        int? connectTimeout = null;
        global::System.Collections.Generic.IReadOnlyList<int>? realServerPorts = null;
        global::TcApi.Gaap.V20180529.ClientIPMethod? clientIPMethod = null;
        bool? failoverSwitch = null;
        int? healthyThreshold = null;
        int? unhealthyThreshold = null;
        while (global::TcApi.Wire.WireReader.NextProperty(ref reader))
        {
            switch (global::TcApi.Wire.WireReader.NameLength(ref reader))
            {
                case 5:
                    if (reader.ValueTextEquals("Ports"u8))
                    {
                        ports = global::TcApi.Wire.WireReader.List<int>(ref reader, "Ports", mode, global::TcApi.Wire.WireReader.Int32Value);
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
                case 9:
                    if (reader.ValueTextEquals("Scheduler"u8))
                    {
                        scheduler = global::TcApi.Gaap.V20180529.SchedulerWire.Read(ref reader, "Scheduler", mode);
                    }
                    else if (reader.ValueTextEquals("DelayLoop"u8))
                    {
                        delayLoop = global::TcApi.Wire.WireReader.Int32(ref reader, "DelayLoop");
                    }
                    else
                    {
                        global::TcApi.Wire.WireReader.Unknown(ref reader, mode);
                    }

                    break;
                case 11:
                    if (reader.ValueTextEquals("HealthCheck"u8))
                    {
                        healthCheck = global::TcApi.Wire.WireReader.Flag(ref reader, "HealthCheck", mode);
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
                case 14:
                    if (reader.ValueTextEquals("RealServerType"u8))
                    {
                        realServerType = global::TcApi.Gaap.V20180529.RealServerTypeWire.Read(ref reader, "RealServerType", mode);
                    }
                    else if (reader.ValueTextEquals("ConnectTimeout"u8))
                    {
                        connectTimeout = global::TcApi.Wire.WireReader.Int32(ref reader, "ConnectTimeout");
                    }
                    else if (reader.ValueTextEquals("ClientIPMethod"u8))
                    {
                        clientIPMethod = global::TcApi.Gaap.V20180529.ClientIPMethodWire.Read(ref reader, "ClientIPMethod", mode);
                    }
                    else if (reader.ValueTextEquals("FailoverSwitch"u8))
                    {
                        failoverSwitch = global::TcApi.Wire.WireReader.Flag(ref reader, "FailoverSwitch", mode);
                    }
                    else
                    {
                        global::TcApi.Wire.WireReader.Unknown(ref reader, mode);
                    }

                    break;
                case 15:
                    if (reader.ValueTextEquals("RealServerPorts"u8))
                    {
                        realServerPorts = global::TcApi.Wire.WireReader.List<int>(ref reader, "RealServerPorts", mode, global::TcApi.Wire.WireReader.Int32Value);
                    }
                    else
                    {
                        global::TcApi.Wire.WireReader.Unknown(ref reader, mode);
                    }

                    break;
                case 16:
                    if (reader.ValueTextEquals("HealthyThreshold"u8))
                    {
                        healthyThreshold = global::TcApi.Wire.WireReader.Int32(ref reader, "HealthyThreshold");
                    }
                    else
                    {
                        global::TcApi.Wire.WireReader.Unknown(ref reader, mode);
                    }

                    break;
                case 18:
                    if (reader.ValueTextEquals("UnhealthyThreshold"u8))
                    {
                        unhealthyThreshold = global::TcApi.Wire.WireReader.Int32(ref reader, "UnhealthyThreshold");
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
            if (listenerName is null)
            {
                throw global::TcApi.Wire.WireReader.Missing("ListenerName");
            }

            if (ports is null)
            {
                throw global::TcApi.Wire.WireReader.Missing("Ports");
            }

            if (scheduler is null)
            {
                throw global::TcApi.Wire.WireReader.Missing("Scheduler");
            }

            if (healthCheck is null)
            {
                throw global::TcApi.Wire.WireReader.Missing("HealthCheck");
            }

            if (realServerType is null)
            {
                throw global::TcApi.Wire.WireReader.Missing("RealServerType");
            }
        }

        return new CreateTCPListenersRequest
        {
            ListenerName = listenerName ?? string.Empty,
            Ports = ports ?? global::System.Array.Empty<int>(),
            Scheduler = scheduler.GetValueOrDefault(),
            HealthCheck = healthCheck.GetValueOrDefault(),
            RealServerType = realServerType.GetValueOrDefault(),
            ProxyId = proxyId,
            GroupId = groupId,
            DelayLoop = delayLoop,
            ConnectTimeout = connectTimeout,
            RealServerPorts = realServerPorts,
            ClientIPMethod = clientIPMethod,
            FailoverSwitch = failoverSwitch,
            HealthyThreshold = healthyThreshold,
            UnhealthyThreshold = unhealthyThreshold,
        };
    }

    /// <summary>Whether <paramref name="other"/> has equal members; lists are compared by content.</summary>
    public bool Equals(CreateTCPListenersRequest? other) =>
        other is not null
        && global::System.Collections.Generic.EqualityComparer<string>.Default.Equals(ListenerName, other.ListenerName)
        && global::TcApi.Wire.WireEquality.ListEquals(Ports, other.Ports)
        && global::System.Collections.Generic.EqualityComparer<global::TcApi.Gaap.V20180529.Scheduler>.Default.Equals(Scheduler, other.Scheduler)
        && global::System.Collections.Generic.EqualityComparer<bool>.Default.Equals(HealthCheck, other.HealthCheck)
        && global::System.Collections.Generic.EqualityComparer<global::TcApi.Gaap.V20180529.RealServerType>.Default.Equals(RealServerType, other.RealServerType)
        && global::System.Collections.Generic.EqualityComparer<string?>.Default.Equals(ProxyId, other.ProxyId)
        && global::System.Collections.Generic.EqualityComparer<string?>.Default.Equals(GroupId, other.GroupId)
        && global::System.Collections.Generic.EqualityComparer<int?>.Default.Equals(DelayLoop, other.DelayLoop)
        && global::System.Collections.Generic.EqualityComparer<int?>.Default.Equals(ConnectTimeout, other.ConnectTimeout)
        && global::TcApi.Wire.WireEquality.ListEquals(RealServerPorts, other.RealServerPorts)
        && global::System.Collections.Generic.EqualityComparer<global::TcApi.Gaap.V20180529.ClientIPMethod?>.Default.Equals(ClientIPMethod, other.ClientIPMethod)
        && global::System.Collections.Generic.EqualityComparer<bool?>.Default.Equals(FailoverSwitch, other.FailoverSwitch)
        && global::System.Collections.Generic.EqualityComparer<int?>.Default.Equals(HealthyThreshold, other.HealthyThreshold)
        && global::System.Collections.Generic.EqualityComparer<int?>.Default.Equals(UnhealthyThreshold, other.UnhealthyThreshold);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = 17;
        hash = unchecked((hash * 31) + (ListenerName?.GetHashCode() ?? 0));
        hash = unchecked((hash * 31) + global::TcApi.Wire.WireEquality.ListHash(Ports));
        hash = unchecked((hash * 31) + Scheduler.GetHashCode());
        hash = unchecked((hash * 31) + HealthCheck.GetHashCode());
        hash = unchecked((hash * 31) + RealServerType.GetHashCode());
        hash = unchecked((hash * 31) + (ProxyId?.GetHashCode() ?? 0));
        hash = unchecked((hash * 31) + (GroupId?.GetHashCode() ?? 0));
        hash = unchecked((hash * 31) + DelayLoop.GetHashCode());
        hash = unchecked((hash * 31) + ConnectTimeout.GetHashCode());
        hash = unchecked((hash * 31) + global::TcApi.Wire.WireEquality.ListHash(RealServerPorts));
        hash = unchecked((hash * 31) + ClientIPMethod.GetHashCode());
        hash = unchecked((hash * 31) + FailoverSwitch.GetHashCode());
        hash = unchecked((hash * 31) + HealthyThreshold.GetHashCode());
        hash = unchecked((hash * 31) + UnhealthyThreshold.GetHashCode());
        return hash;
    }

    private bool PrintMembers(global::System.Text.StringBuilder builder)
    {
        builder.Append("ListenerName = ");
        builder.Append(ListenerName);
        builder.Append(", Ports = ");
        global::TcApi.Wire.WireEquality.AppendList(builder, Ports);
        builder.Append(", Scheduler = ");
        global::TcApi.Wire.WireEquality.AppendValue(builder, global::TcApi.Gaap.V20180529.SchedulerWire.Describe(Scheduler));
        builder.Append(", HealthCheck = ");
        global::TcApi.Wire.WireEquality.AppendValue(builder, (HealthCheck ? 1 : 0));
        builder.Append(", RealServerType = ");
        global::TcApi.Wire.WireEquality.AppendValue(builder, global::TcApi.Gaap.V20180529.RealServerTypeWire.Describe(RealServerType));
        builder.Append(", ProxyId = ");
        builder.Append(ProxyId);
        builder.Append(", GroupId = ");
        builder.Append(GroupId);
        builder.Append(", DelayLoop = ");
        if (DelayLoop is { } delayLoop) { global::TcApi.Wire.WireEquality.AppendValue(builder, delayLoop); } else { builder.Append("null"); }
        builder.Append(", ConnectTimeout = ");
        if (ConnectTimeout is { } connectTimeout) { global::TcApi.Wire.WireEquality.AppendValue(builder, connectTimeout); } else { builder.Append("null"); }
        builder.Append(", RealServerPorts = ");
        global::TcApi.Wire.WireEquality.AppendList(builder, RealServerPorts);
        builder.Append(", ClientIPMethod = ");
        if (ClientIPMethod is { } clientIPMethod) { global::TcApi.Wire.WireEquality.AppendValue(builder, global::TcApi.Gaap.V20180529.ClientIPMethodWire.Describe(clientIPMethod)); } else { builder.Append("null"); }
        builder.Append(", FailoverSwitch = ");
        if (FailoverSwitch is { } failoverSwitch) { global::TcApi.Wire.WireEquality.AppendValue(builder, (failoverSwitch ? 1 : 0)); } else { builder.Append("null"); }
        builder.Append(", HealthyThreshold = ");
        if (HealthyThreshold is { } healthyThreshold) { global::TcApi.Wire.WireEquality.AppendValue(builder, healthyThreshold); } else { builder.Append("null"); }
        builder.Append(", UnhealthyThreshold = ");
        if (UnhealthyThreshold is { } unhealthyThreshold) { global::TcApi.Wire.WireEquality.AppendValue(builder, unhealthyThreshold); } else { builder.Append("null"); }
        return true;
    }
}
