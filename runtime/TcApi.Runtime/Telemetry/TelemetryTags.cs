namespace TcApi.Telemetry;

/// <summary>
/// The attribute names: those of OpenTelemetry's semantic conventions <see cref="TcApiDiagnostics.SemanticConventionsVersion"/>
/// (RPC, server, cloud, error) where they have one, <c>tencentcloud.*</c> for what is Tencent Cloud's own.
/// </summary>
public static class TelemetryTags
{
    /// <summary>Always <see cref="TcApiDiagnostics.RpcSystemName"/>.</summary>
    public const string RpcSystemName = "rpc.system.name";

    /// <summary>
    /// The fully qualified method: the service of the credential scope and the action, <c>gaap/CreateTCPListeners</c>.
    /// The call's span is named after it.
    /// </summary>
    public const string RpcMethod = "rpc.method";

    /// <summary>The error code the service answered with (<c>ResourceNotFound</c>); absent when it answered no error.</summary>
    public const string RpcResponseStatusCode = "rpc.response.status_code";

    /// <summary>The endpoint's host.</summary>
    public const string ServerAddress = "server.address";

    /// <summary>The endpoint's port.</summary>
    public const string ServerPort = "server.port";

    /// <summary>X-TC-Region, when one is set.</summary>
    public const string CloudRegion = "cloud.region";

    /// <summary>
    /// Why a call or attempt failed: the service's error code (<c>RequestLimitExceeded</c>), the HTTP status of a non-200
    /// answer (<c>503</c>), or the exception's full type name.
    /// </summary>
    public const string ErrorType = "error.type";

    /// <summary>The API version, X-TC-Version.</summary>
    public const string ApiVersion = "tencentcloud.api_version";

    /// <summary>The RequestId of the service's answer.</summary>
    public const string RequestId = "tencentcloud.request_id";

    /// <summary>On a call span: how many attempts were repeated (retries and a re-signing).</summary>
    public const string RetryCount = "tencentcloud.retry_count";

    /// <summary>On an attempt span: its number, from 1.</summary>
    public const string Attempt = "tencentcloud.attempt";

    /// <summary>
    /// On an attempt span of a client with a backup endpoint: <c>primary</c> or <c>backup</c>, the endpoint the attempt
    /// went to (whose host <see cref="ServerAddress"/> then names).
    /// </summary>
    public const string Endpoint = "tencentcloud.endpoint";

    /// <summary>
    /// On a <c>tencentcloud.circuit_breaker</c> event and the transitions measured: the state an endpoint's breaker
    /// entered, <c>open</c>, <c>half_open</c> or <c>closed</c>.
    /// </summary>
    public const string CircuitState = "tencentcloud.circuit_breaker.state";

    /// <summary>On a <c>tencentcloud.circuit_breaker</c> event: the state the breaker left.</summary>
    public const string CircuitPreviousState = "tencentcloud.circuit_breaker.previous_state";
}
