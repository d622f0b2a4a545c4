namespace TcApi.Telemetry;

/// <summary>
/// The names to subscribe to: <c>AddSource(TcApiDiagnostics.ActivitySourceName)</c> and
/// <c>AddMeter(TcApiDiagnostics.MeterName)</c> with OpenTelemetry, and the logging categories.
/// </summary>
public static class TcApiDiagnostics
{
    /// <summary>The ActivitySource of the calls: a client span per call, an internal span per attempt.</summary>
    public const string ActivitySourceName = "TcApi";

    /// <summary>The Meter of the calls.</summary>
    public const string MeterName = "TcApi";

    /// <summary>The logging category of the client's decisions (retries, re-signing, bodies when asked for).</summary>
    public const string ClientLogCategory = "TcApi.Client";

    /// <summary>The logging category of the credential providers (refreshes, the chain's choice).</summary>
    public const string CredentialsLogCategory = "TcApi.Credentials";

    /// <summary>The value of <c>rpc.system.name</c>.</summary>
    public const string RpcSystemName = "tencentcloud";

    /// <summary>
    /// The version of OpenTelemetry's semantic conventions that the span names, attribute names, metric names and units
    /// follow (the RPC conventions of that version: <c>rpc.system.name</c>, a fully qualified <c>rpc.method</c>,
    /// <c>rpc.client.call.duration</c> in seconds).
    /// </summary>
    public const string SemanticConventionsVersion = "1.44.0";

    /// <summary>The schema URL of <see cref="SemanticConventionsVersion"/>.</summary>
    public const string SchemaUrl = "https://opentelemetry.io/schemas/" + SemanticConventionsVersion;
}
