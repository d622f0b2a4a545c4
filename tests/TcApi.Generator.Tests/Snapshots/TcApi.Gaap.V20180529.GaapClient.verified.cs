/// <summary>
/// Calls Global Application Acceleration Platform (gaap, API version 2018-05-29): validates each request, signs it with
/// TC3-HMAC-SHA256, sends it, and reads the answer into a typed response or a typed exception.
/// </summary>
/// <remarks>
/// Give it an <see cref="global::System.Net.Http.HttpClient"/> (it works with IHttpClientFactory's typed clients) and a
/// credential; <see cref="global::TcApi.Client.TencentCloudClientOptions"/> sets the endpoint, region, timeout, retries and
/// rate limiting. Thread-safe: share one instance. In a test, derive from it (the protected constructor needs no
/// transport) and override the calls the code under test makes; paging, waiting and the parameterless overloads go
/// through those overrides.
/// </remarks>
[global::System.CodeDom.Compiler.GeneratedCode("TcApi.Generator", "0.1.0")]
public partial class GaapClient
{
    /// <summary>The service's default endpoint host.</summary>
    public const string DefaultEndpoint = "gaap.tencentcloudapi.com";

    /// <summary>The service's regional endpoint host, with <c>{region}</c> for the region (e.g. <c>ap-guangzhou</c>).</summary>
    public const string RegionalEndpoint = "gaap.{region}.tencentcloudapi.com";

    /// <summary>The endpoint host of Tencent Cloud's international site.</summary>
    public const string InternationalEndpoint = "gaap.intl.tencentcloudapi.com";

    private readonly global::TcApi.Client.TencentCloudClient? _client;

    /// <summary>
    /// Creates a client that sends through <paramref name="httpClient"/> and signs with the keys <paramref name="credentials"/>
    /// gives: a <see cref="global::TcApi.Signing.Credential"/>, or a provider of temporary keys such as
    /// <see cref="global::TcApi.Credentials.DefaultCredentialChain"/> (environment, profile file, CVM role, OIDC).
    /// </summary>
    public GaapClient(
        global::System.Net.Http.HttpClient httpClient,
        global::TcApi.Credentials.ICredentialProvider credentials,
        global::TcApi.Client.TencentCloudClientOptions? options = null)
    {
        _client = new global::TcApi.Client.TencentCloudClient(httpClient, credentials, options ?? new global::TcApi.Client.TencentCloudClientOptions(), DefaultEndpoint);
    }

    /// <summary>Creates a client for a test double: it has no transport, so every call it does not override throws.</summary>
    protected GaapClient()
    {
    }

    /// <summary>The client core every call goes through.</summary>
    /// <exception cref="global::System.InvalidOperationException">The client was made by the protected constructor, for a test double.</exception>
    public global::TcApi.Client.TencentCloudClient Core =>
        _client ?? throw new global::System.InvalidOperationException("This GaapClient was made for a test double and has no transport: override the call the test makes.");

    /// <summary>The service, version and name of an action this binding does not have, for a call by name.</summary>
    private static global::TcApi.Client.ApiActionInfo ActionByName(string action) =>
        new("gaap", "2018-05-29", action, Idempotent: false, RateLimitPerSecond: null);

    /// <summary>
    /// Calls the action named <paramref name="action"/> of gaap 2018-05-29 with a JSON body, sent as given, and returns
    /// the answer's <c>Response</c> as JSON (dispose it when done). An action of this binding is validated as its typed
    /// call is and keeps its idempotency and rate limit; any other is sent unvalidated and never repeated once it may
    /// have reached the service (to say otherwise, call <see cref="Core"/> with an <see cref="global::TcApi.Client.ApiActionInfo"/>).
    /// </summary>
    /// <exception cref="global::System.ArgumentException">The body is not one JSON object.</exception>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The body breaks a rule of an action of this binding (when validation is on).</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Client.JsonAnswer> CallActionAsync(
        string action,
        global::System.Text.Json.JsonElement body,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        global::TcApi.Gaap.V20180529.GaapActions.Find(action) is { } known
            ? Core.CallActionAsync(known, body, cancellationToken)
            : Core.CallActionAsync(ActionByName(action), body, cancellationToken);

    /// <summary>
    /// Calls the action named <paramref name="action"/> of gaap 2018-05-29 with a JSON body, sent as given, and returns
    /// the answer's <c>Response</c> as JSON (dispose it when done). An action of this binding is validated as its typed
    /// call is and keeps its idempotency and rate limit; any other is sent unvalidated and never repeated once it may
    /// have reached the service (to say otherwise, call <see cref="Core"/> with an <see cref="global::TcApi.Client.ApiActionInfo"/>).
    /// </summary>
    /// <exception cref="global::System.ArgumentException">The body is not one JSON object.</exception>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The body breaks a rule of an action of this binding (when validation is on).</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Client.JsonAnswer> CallActionAsync(
        string action,
        global::System.ReadOnlyMemory<byte> utf8Body,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        global::TcApi.Gaap.V20180529.GaapActions.Find(action) is { } known
            ? Core.CallActionAsync(known, utf8Body, cancellationToken)
            : Core.CallActionAsync(ActionByName(action), utf8Body, cancellationToken);

    /// <summary>
    /// Calls the action named <paramref name="action"/> of gaap 2018-05-29 with a JSON body, sent as given, and returns
    /// the answer's <c>Response</c> as JSON (dispose it when done). An action of this binding is validated as its typed
    /// call is and keeps its idempotency and rate limit; any other is sent unvalidated and never repeated once it may
    /// have reached the service (to say otherwise, call <see cref="Core"/> with an <see cref="global::TcApi.Client.ApiActionInfo"/>).
    /// </summary>
    /// <exception cref="global::System.ArgumentException">The body is not one JSON object.</exception>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The body breaks a rule of an action of this binding (when validation is on).</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Client.JsonAnswer> CallActionAsync(
        string action,
        string body,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        global::TcApi.Gaap.V20180529.GaapActions.Find(action) is { } known
            ? Core.CallActionAsync(known, body, cancellationToken)
            : Core.CallActionAsync(ActionByName(action), body, cancellationToken);

    /// <summary>
    /// This API is used to add the information of the origin server (server), which supports IP or the domain name.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.AddRealServersResponse> AddRealServersAsync(
        global::TcApi.Gaap.V20180529.AddRealServersRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.AddRealServersResponse>(request, global::TcApi.Gaap.V20180529.AddRealServersRequest.ActionInfo, global::TcApi.Gaap.V20180529.AddRealServersResponse.Read, cancellationToken);

    /// <summary>
    /// 本接口（BanAndRecoverProxy）用于联通封禁解封GAAP跨境通道实例，支持按照客户UIN维度下发请求。被封禁的实例带宽上限将会被限制到0Mbps，无法正常处理客户端和源站之间的请求。
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.BanAndRecoverProxyResponse> BanAndRecoverProxyAsync(
        global::TcApi.Gaap.V20180529.BanAndRecoverProxyRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.BanAndRecoverProxyResponse>(request, global::TcApi.Gaap.V20180529.BanAndRecoverProxyRequest.ActionInfo, global::TcApi.Gaap.V20180529.BanAndRecoverProxyResponse.Read, cancellationToken);

    /// <summary>Calls BanAndRecoverProxy, which takes no parameters.</summary>
    public global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.BanAndRecoverProxyResponse> BanAndRecoverProxyAsync(global::System.Threading.CancellationToken cancellationToken = default) =>
        BanAndRecoverProxyAsync(new global::TcApi.Gaap.V20180529.BanAndRecoverProxyRequest(), cancellationToken);

    /// <summary>
    /// This API (BindListenerRealServers) is used for the TCP/UDP listener to bind/unbind the origin server.<br/>Note: This API unbinds the previously bound origin servers, and binds the origin servers selected for this call. For example, the previously bound origin servers are A, B and C, and the origin servers selected for this call are C, D and E, then the origin servers bound after this call will be C, D and E.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.BindListenerRealServersResponse> BindListenerRealServersAsync(
        global::TcApi.Gaap.V20180529.BindListenerRealServersRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.BindListenerRealServersResponse>(request, global::TcApi.Gaap.V20180529.BindListenerRealServersRequest.ActionInfo, global::TcApi.Gaap.V20180529.BindListenerRealServersResponse.Read, cancellationToken);

    /// <summary>
    /// This API is used to bind an origin server to the forwarding rules of layer-7 listeners. Note: This API unbinds all previously bound origin servers before binding those selected.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.BindRuleRealServersResponse> BindRuleRealServersAsync(
        global::TcApi.Gaap.V20180529.BindRuleRealServersRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.BindRuleRealServersResponse>(request, global::TcApi.Gaap.V20180529.BindRuleRealServersRequest.ActionInfo, global::TcApi.Gaap.V20180529.BindRuleRealServersResponse.Read, cancellationToken);

    /// <summary>
    /// This API (CheckProxyCreate) is used to query whether an acceleration connection with the specified configuration can be created.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.CheckProxyCreateResponse> CheckProxyCreateAsync(
        global::TcApi.Gaap.V20180529.CheckProxyCreateRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.CheckProxyCreateResponse>(request, global::TcApi.Gaap.V20180529.CheckProxyCreateRequest.ActionInfo, global::TcApi.Gaap.V20180529.CheckProxyCreateResponse.Read, cancellationToken);

    /// <summary>
    /// This API (CloseProxies) is used to disable connections. If disabled, no traffic will be generated, but the basic configuration fee will still be incurred.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.CloseProxiesResponse> CloseProxiesAsync(
        global::TcApi.Gaap.V20180529.CloseProxiesRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.CloseProxiesResponse>(request, global::TcApi.Gaap.V20180529.CloseProxiesRequest.ActionInfo, global::TcApi.Gaap.V20180529.CloseProxiesResponse.Read, cancellationToken);

    /// <summary>
    /// This API is used to disable a connection group. Once disabled, the connection group will no longer generate traffic, but the basic connection configuration fees will still be incurred every day.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.CloseProxyGroupResponse> CloseProxyGroupAsync(
        global::TcApi.Gaap.V20180529.CloseProxyGroupRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.CloseProxyGroupResponse>(request, global::TcApi.Gaap.V20180529.CloseProxyGroupRequest.ActionInfo, global::TcApi.Gaap.V20180529.CloseProxyGroupResponse.Read, cancellationToken);

    /// <summary>
    /// This API is used to disable a security policy.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.CloseSecurityPolicyResponse> CloseSecurityPolicyAsync(
        global::TcApi.Gaap.V20180529.CloseSecurityPolicyRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.CloseSecurityPolicyResponse>(request, global::TcApi.Gaap.V20180529.CloseSecurityPolicyRequest.ActionInfo, global::TcApi.Gaap.V20180529.CloseSecurityPolicyResponse.Read, cancellationToken);

    /// <summary>
    /// This API (CreateCertificate) is used to create the GAAP certificates and configuration files, including basic authentication configuration files, client CA certificates, server SSL certificates, GAAP SSL certificates, and origin server CA certificates.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.CreateCertificateResponse> CreateCertificateAsync(
        global::TcApi.Gaap.V20180529.CreateCertificateRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.CreateCertificateResponse>(request, global::TcApi.Gaap.V20180529.CreateCertificateRequest.ActionInfo, global::TcApi.Gaap.V20180529.CreateCertificateResponse.Read, cancellationToken);

    /// <summary>
    /// This API is used to create a custom header of the HTTP/HTTPS listener. When client requests reach the listener, they will be forwarded to the origin with this custom hearer.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.CreateCustomHeaderResponse> CreateCustomHeaderAsync(
        global::TcApi.Gaap.V20180529.CreateCustomHeaderRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.CreateCustomHeaderResponse>(request, global::TcApi.Gaap.V20180529.CreateCustomHeaderRequest.ActionInfo, global::TcApi.Gaap.V20180529.CreateCustomHeaderResponse.Read, cancellationToken);

    /// <summary>
    /// This API (CreateDomain) is used to create the access domain name for the HTTP/HTTPS listener. Clients request the backend data by accessing this domain.<br/>This API only supports connections of version 3.0.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.CreateDomainResponse> CreateDomainAsync(
        global::TcApi.Gaap.V20180529.CreateDomainRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.CreateDomainResponse>(request, global::TcApi.Gaap.V20180529.CreateDomainRequest.ActionInfo, global::TcApi.Gaap.V20180529.CreateDomainResponse.Read, cancellationToken);

    /// <summary>
    /// This API is used to customize the error code of an error response to the specified domain name.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.CreateDomainErrorPageInfoResponse> CreateDomainErrorPageInfoAsync(
        global::TcApi.Gaap.V20180529.CreateDomainErrorPageInfoRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.CreateDomainErrorPageInfoResponse>(request, global::TcApi.Gaap.V20180529.CreateDomainErrorPageInfoRequest.ActionInfo, global::TcApi.Gaap.V20180529.CreateDomainErrorPageInfoResponse.Read, cancellationToken);

    /// <summary>
    /// 用来创建统一域名
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.CreateGlobalDomainResponse> CreateGlobalDomainAsync(
        global::TcApi.Gaap.V20180529.CreateGlobalDomainRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.CreateGlobalDomainResponse>(request, global::TcApi.Gaap.V20180529.CreateGlobalDomainRequest.ActionInfo, global::TcApi.Gaap.V20180529.CreateGlobalDomainResponse.Read, cancellationToken);

    /// <summary>
    /// 创建域名解析记录
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.CreateGlobalDomainDnsResponse> CreateGlobalDomainDnsAsync(
        global::TcApi.Gaap.V20180529.CreateGlobalDomainDnsRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.CreateGlobalDomainDnsResponse>(request, global::TcApi.Gaap.V20180529.CreateGlobalDomainDnsRequest.ActionInfo, global::TcApi.Gaap.V20180529.CreateGlobalDomainDnsResponse.Read, cancellationToken);

    /// <summary>
    /// This API (CreateHTTPListener) is used to create an HTTP listener in the connection instance.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.CreateHTTPListenerResponse> CreateHTTPListenerAsync(
        global::TcApi.Gaap.V20180529.CreateHTTPListenerRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.CreateHTTPListenerResponse>(request, global::TcApi.Gaap.V20180529.CreateHTTPListenerRequest.ActionInfo, global::TcApi.Gaap.V20180529.CreateHTTPListenerResponse.Read, cancellationToken);

    /// <summary>
    /// This API (CreateHTTPListener) is used to create an HTTPS listener in the connection instance.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.CreateHTTPSListenerResponse> CreateHTTPSListenerAsync(
        global::TcApi.Gaap.V20180529.CreateHTTPSListenerRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.CreateHTTPSListenerResponse>(request, global::TcApi.Gaap.V20180529.CreateHTTPSListenerRequest.ActionInfo, global::TcApi.Gaap.V20180529.CreateHTTPSListenerResponse.Read, cancellationToken);

    /// <summary>
    /// This API is used to create/replicate an acceleration connection with the specified configuration. To replicate a connection, the basic configuration parameters need to be set for the new connection, and <c>ClonedProxyId</c> is needed to identify the replicated connection.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.CreateProxyResponse> CreateProxyAsync(
        global::TcApi.Gaap.V20180529.CreateProxyRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.CreateProxyResponse>(request, global::TcApi.Gaap.V20180529.CreateProxyRequest.ActionInfo, global::TcApi.Gaap.V20180529.CreateProxyResponse.Read, cancellationToken);

    /// <summary>
    /// This API (CreateProxyGroup) is used to create a connection group.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.CreateProxyGroupResponse> CreateProxyGroupAsync(
        global::TcApi.Gaap.V20180529.CreateProxyGroupRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.CreateProxyGroupResponse>(request, global::TcApi.Gaap.V20180529.CreateProxyGroupRequest.ActionInfo, global::TcApi.Gaap.V20180529.CreateProxyGroupResponse.Read, cancellationToken);

    /// <summary>
    /// This API (CreateProxyGroupDomain) is used to create the connection group domain name, and enable the domain name resolution.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.CreateProxyGroupDomainResponse> CreateProxyGroupDomainAsync(
        global::TcApi.Gaap.V20180529.CreateProxyGroupDomainRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.CreateProxyGroupDomainResponse>(request, global::TcApi.Gaap.V20180529.CreateProxyGroupDomainRequest.ActionInfo, global::TcApi.Gaap.V20180529.CreateProxyGroupDomainResponse.Read, cancellationToken);

    /// <summary>
    /// This API (CreateRule) is used to create the forwarding rules of HTTP/HTTPS listeners.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.CreateRuleResponse> CreateRuleAsync(
        global::TcApi.Gaap.V20180529.CreateRuleRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.CreateRuleResponse>(request, global::TcApi.Gaap.V20180529.CreateRuleRequest.ActionInfo, global::TcApi.Gaap.V20180529.CreateRuleResponse.Read, cancellationToken);

    /// <summary>
    /// This API is used to create security policies.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.CreateSecurityPolicyResponse> CreateSecurityPolicyAsync(
        global::TcApi.Gaap.V20180529.CreateSecurityPolicyRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.CreateSecurityPolicyResponse>(request, global::TcApi.Gaap.V20180529.CreateSecurityPolicyRequest.ActionInfo, global::TcApi.Gaap.V20180529.CreateSecurityPolicyResponse.Read, cancellationToken);

    /// <summary>
    /// This API is used to add security policy rules.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.CreateSecurityRulesResponse> CreateSecurityRulesAsync(
        global::TcApi.Gaap.V20180529.CreateSecurityRulesRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.CreateSecurityRulesResponse>(request, global::TcApi.Gaap.V20180529.CreateSecurityRulesRequest.ActionInfo, global::TcApi.Gaap.V20180529.CreateSecurityRulesResponse.Read, cancellationToken);

    /// <summary>
    /// This API (CreateTCPListeners) is used to batch create TCP listeners of single connections or connection groups.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.CreateTCPListenersResponse> CreateTCPListenersAsync(
        global::TcApi.Gaap.V20180529.CreateTCPListenersRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.CreateTCPListenersResponse>(request, global::TcApi.Gaap.V20180529.CreateTCPListenersRequest.ActionInfo, global::TcApi.Gaap.V20180529.CreateTCPListenersResponse.Read, cancellationToken);

    /// <summary>
    /// This API (CreateTCPListeners) is used to batch create UDP listeners of single connections or connection groups.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.CreateUDPListenersResponse> CreateUDPListenersAsync(
        global::TcApi.Gaap.V20180529.CreateUDPListenersRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.CreateUDPListenersResponse>(request, global::TcApi.Gaap.V20180529.CreateUDPListenersRequest.ActionInfo, global::TcApi.Gaap.V20180529.CreateUDPListenersResponse.Read, cancellationToken);

    /// <summary>
    /// This API is used to delete a certificate.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DeleteCertificateResponse> DeleteCertificateAsync(
        global::TcApi.Gaap.V20180529.DeleteCertificateRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DeleteCertificateResponse>(request, global::TcApi.Gaap.V20180529.DeleteCertificateRequest.ActionInfo, global::TcApi.Gaap.V20180529.DeleteCertificateResponse.Read, cancellationToken);

    /// <summary>
    /// This API (DeleteDomain) is only applicable to layer-7 listeners. It is used to delete the domain names of this listener, and all the rules under the domain name. All rules bound to the origin server are unbound automatically.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DeleteDomainResponse> DeleteDomainAsync(
        global::TcApi.Gaap.V20180529.DeleteDomainRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DeleteDomainResponse>(request, global::TcApi.Gaap.V20180529.DeleteDomainRequest.ActionInfo, global::TcApi.Gaap.V20180529.DeleteDomainResponse.Read, cancellationToken);

    /// <summary>
    /// This API is used to delete a custom error code for a domain name.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DeleteDomainErrorPageInfoResponse> DeleteDomainErrorPageInfoAsync(
        global::TcApi.Gaap.V20180529.DeleteDomainErrorPageInfoRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DeleteDomainErrorPageInfoResponse>(request, global::TcApi.Gaap.V20180529.DeleteDomainErrorPageInfoRequest.ActionInfo, global::TcApi.Gaap.V20180529.DeleteDomainErrorPageInfoResponse.Read, cancellationToken);

    /// <summary>
    /// 删除统一域名
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DeleteGlobalDomainResponse> DeleteGlobalDomainAsync(
        global::TcApi.Gaap.V20180529.DeleteGlobalDomainRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DeleteGlobalDomainResponse>(request, global::TcApi.Gaap.V20180529.DeleteGlobalDomainRequest.ActionInfo, global::TcApi.Gaap.V20180529.DeleteGlobalDomainResponse.Read, cancellationToken);

    /// <summary>
    /// 删除域名的某条解析记录
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DeleteGlobalDomainDnsResponse> DeleteGlobalDomainDnsAsync(
        global::TcApi.Gaap.V20180529.DeleteGlobalDomainDnsRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DeleteGlobalDomainDnsResponse>(request, global::TcApi.Gaap.V20180529.DeleteGlobalDomainDnsRequest.ActionInfo, global::TcApi.Gaap.V20180529.DeleteGlobalDomainDnsResponse.Read, cancellationToken);

    /// <summary>
    /// This API (DeleteListeners) is used to batch delete the listeners of a connection or connection group, including layer-4/7 listeners.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DeleteListenersResponse> DeleteListenersAsync(
        global::TcApi.Gaap.V20180529.DeleteListenersRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DeleteListenersResponse>(request, global::TcApi.Gaap.V20180529.DeleteListenersRequest.ActionInfo, global::TcApi.Gaap.V20180529.DeleteListenersResponse.Read, cancellationToken);

    /// <summary>
    /// This API (DeleteProxyGroup) is used to delete a connection group.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DeleteProxyGroupResponse> DeleteProxyGroupAsync(
        global::TcApi.Gaap.V20180529.DeleteProxyGroupRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DeleteProxyGroupResponse>(request, global::TcApi.Gaap.V20180529.DeleteProxyGroupRequest.ActionInfo, global::TcApi.Gaap.V20180529.DeleteProxyGroupResponse.Read, cancellationToken);

    /// <summary>
    /// This API (DeleteRule) is used to delete the forwarding rules of HTTP/HTTPS listeners.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DeleteRuleResponse> DeleteRuleAsync(
        global::TcApi.Gaap.V20180529.DeleteRuleRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DeleteRuleResponse>(request, global::TcApi.Gaap.V20180529.DeleteRuleRequest.ActionInfo, global::TcApi.Gaap.V20180529.DeleteRuleResponse.Read, cancellationToken);

    /// <summary>
    /// This API is used to delete a security policy.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DeleteSecurityPolicyResponse> DeleteSecurityPolicyAsync(
        global::TcApi.Gaap.V20180529.DeleteSecurityPolicyRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DeleteSecurityPolicyResponse>(request, global::TcApi.Gaap.V20180529.DeleteSecurityPolicyRequest.ActionInfo, global::TcApi.Gaap.V20180529.DeleteSecurityPolicyResponse.Read, cancellationToken);

    /// <summary>
    /// This API is used to delete security policy rules.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DeleteSecurityRulesResponse> DeleteSecurityRulesAsync(
        global::TcApi.Gaap.V20180529.DeleteSecurityRulesRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DeleteSecurityRulesResponse>(request, global::TcApi.Gaap.V20180529.DeleteSecurityRulesRequest.ActionInfo, global::TcApi.Gaap.V20180529.DeleteSecurityRulesResponse.Read, cancellationToken);

    /// <summary>
    /// This API (DescribeAccessRegions) is used to query acceleration region (client access region).
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeAccessRegionsResponse> DescribeAccessRegionsAsync(
        global::TcApi.Gaap.V20180529.DescribeAccessRegionsRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeAccessRegionsResponse>(request, global::TcApi.Gaap.V20180529.DescribeAccessRegionsRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeAccessRegionsResponse.Read, cancellationToken);

    /// <summary>Calls DescribeAccessRegions, which takes no parameters.</summary>
    public global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeAccessRegionsResponse> DescribeAccessRegionsAsync(global::System.Threading.CancellationToken cancellationToken = default) =>
        DescribeAccessRegionsAsync(new global::TcApi.Gaap.V20180529.DescribeAccessRegionsRequest(), cancellationToken);

    /// <summary>
    /// This API is used to query the available accelerator region based on the origin server region.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeAccessRegionsByDestRegionResponse> DescribeAccessRegionsByDestRegionAsync(
        global::TcApi.Gaap.V20180529.DescribeAccessRegionsByDestRegionRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeAccessRegionsByDestRegionResponse>(request, global::TcApi.Gaap.V20180529.DescribeAccessRegionsByDestRegionRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeAccessRegionsByDestRegionResponse.Read, cancellationToken);

    /// <summary>
    /// This API is used to get a request signature that can prevent parameter tampering in the process of triggering orders, getting quotes, or activating subscription services.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeAuthSignatureResponse> DescribeAuthSignatureAsync(
        global::TcApi.Gaap.V20180529.DescribeAuthSignatureRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeAuthSignatureResponse>(request, global::TcApi.Gaap.V20180529.DescribeAuthSignatureRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeAuthSignatureResponse.Read, cancellationToken);

    /// <summary>Calls DescribeAuthSignature, which takes no parameters.</summary>
    public global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeAuthSignatureResponse> DescribeAuthSignatureAsync(global::System.Threading.CancellationToken cancellationToken = default) =>
        DescribeAuthSignatureAsync(new global::TcApi.Gaap.V20180529.DescribeAuthSignatureRequest(), cancellationToken);

    /// <summary>
    /// This API is used to query names of blocked custom headers.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeBlackHeaderResponse> DescribeBlackHeaderAsync(
        global::TcApi.Gaap.V20180529.DescribeBlackHeaderRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeBlackHeaderResponse>(request, global::TcApi.Gaap.V20180529.DescribeBlackHeaderRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeBlackHeaderResponse.Read, cancellationToken);

    /// <summary>Calls DescribeBlackHeader, which takes no parameters.</summary>
    public global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeBlackHeaderResponse> DescribeBlackHeaderAsync(global::System.Threading.CancellationToken cancellationToken = default) =>
        DescribeBlackHeaderAsync(new global::TcApi.Gaap.V20180529.DescribeBlackHeaderRequest(), cancellationToken);

    /// <summary>
    /// This API (DescribeCertificateDetail) is used to query certificate details, including the certificate ID, name, type, content, key, and other information.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeCertificateDetailResponse> DescribeCertificateDetailAsync(
        global::TcApi.Gaap.V20180529.DescribeCertificateDetailRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeCertificateDetailResponse>(request, global::TcApi.Gaap.V20180529.DescribeCertificateDetailRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeCertificateDetailResponse.Read, cancellationToken);

    /// <summary>
    /// This API (DescribeCertificates) is used to query the list of available certificates.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeCertificatesResponse> DescribeCertificatesAsync(
        global::TcApi.Gaap.V20180529.DescribeCertificatesRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeCertificatesResponse>(request, global::TcApi.Gaap.V20180529.DescribeCertificatesRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeCertificatesResponse.Read, cancellationToken);

    /// <summary>
    /// Calls DescribeCertificates page after page, starting where <paramref name="request"/> starts, and yields each page until
    /// the pages hold TotalCount items or one comes back empty.
    /// </summary>
    /// <remarks>
    /// Every page is an ordinary call:
    /// validated, rate-limited, retried and cancellable.
    /// </remarks>
    public virtual async global::System.Collections.Generic.IAsyncEnumerable<global::TcApi.Gaap.V20180529.DescribeCertificatesResponse> DescribeCertificatesPagesAsync(
        global::TcApi.Gaap.V20180529.DescribeCertificatesRequest request,
        [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken = default)

    {
        if (request is null)
        {
            throw new global::System.ArgumentNullException(nameof(request));
        }

        var start = (long)(request.Offset ?? 0);
        var seen = 0L;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await DescribeCertificatesAsync(request with { Offset = (long)(start + seen) }, cancellationToken).ConfigureAwait(false);
            yield return page;
            var count = page.CertificateSet.Count;
            seen += count;
            if (count == 0 || start + seen >= (long)page.TotalCount)
            {
                yield break;
            }
        }
    }

    /// <summary>Every item of every page of DescribeCertificates (see <see cref="DescribeCertificatesPagesAsync"/>).</summary>
    public async global::System.Collections.Generic.IAsyncEnumerable<global::TcApi.Gaap.V20180529.Certificate> DescribeCertificatesItemsAsync(
        global::TcApi.Gaap.V20180529.DescribeCertificatesRequest request,
        [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken = default)

    {
        await foreach (var page in global::System.Threading.Tasks.TaskAsyncEnumerableExtensions.ConfigureAwait(DescribeCertificatesPagesAsync(request, cancellationToken), false))
        {
            foreach (var item in page.CertificateSet)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return item;
            }
        }
    }

    /// <summary>
    /// This API (DescribeCountryAreaMapping) is used to obtain the country/region code mapping table.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeCountryAreaMappingResponse> DescribeCountryAreaMappingAsync(
        global::TcApi.Gaap.V20180529.DescribeCountryAreaMappingRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeCountryAreaMappingResponse>(request, global::TcApi.Gaap.V20180529.DescribeCountryAreaMappingRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeCountryAreaMappingResponse.Read, cancellationToken);

    /// <summary>Calls DescribeCountryAreaMapping, which takes no parameters.</summary>
    public global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeCountryAreaMappingResponse> DescribeCountryAreaMappingAsync(global::System.Threading.CancellationToken cancellationToken = default) =>
        DescribeCountryAreaMappingAsync(new global::TcApi.Gaap.V20180529.DescribeCountryAreaMappingRequest(), cancellationToken);

    /// <summary>
    /// 本接口（DescribeCrossBorderProxies）用于查询跨境通道实例列表。
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeCrossBorderProxiesResponse> DescribeCrossBorderProxiesAsync(
        global::TcApi.Gaap.V20180529.DescribeCrossBorderProxiesRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeCrossBorderProxiesResponse>(request, global::TcApi.Gaap.V20180529.DescribeCrossBorderProxiesRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeCrossBorderProxiesResponse.Read, cancellationToken);

    /// <summary>Calls DescribeCrossBorderProxies, which takes no parameters.</summary>
    public global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeCrossBorderProxiesResponse> DescribeCrossBorderProxiesAsync(global::System.Threading.CancellationToken cancellationToken = default) =>
        DescribeCrossBorderProxiesAsync(new global::TcApi.Gaap.V20180529.DescribeCrossBorderProxiesRequest(), cancellationToken);

    /// <summary>
    /// This API is used to query the list of custom headers.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeCustomHeaderResponse> DescribeCustomHeaderAsync(
        global::TcApi.Gaap.V20180529.DescribeCustomHeaderRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeCustomHeaderResponse>(request, global::TcApi.Gaap.V20180529.DescribeCustomHeaderRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeCustomHeaderResponse.Read, cancellationToken);

    /// <summary>
    /// This API (DescribeDestRegions) is used to query an origin server region (i.e., the region in which the origin server locates).
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeDestRegionsResponse> DescribeDestRegionsAsync(
        global::TcApi.Gaap.V20180529.DescribeDestRegionsRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeDestRegionsResponse>(request, global::TcApi.Gaap.V20180529.DescribeDestRegionsRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeDestRegionsResponse.Read, cancellationToken);

    /// <summary>
    /// This API is used to query the custom error response to a domain name.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeDomainErrorPageInfoResponse> DescribeDomainErrorPageInfoAsync(
        global::TcApi.Gaap.V20180529.DescribeDomainErrorPageInfoRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeDomainErrorPageInfoResponse>(request, global::TcApi.Gaap.V20180529.DescribeDomainErrorPageInfoRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeDomainErrorPageInfoResponse.Read, cancellationToken);

    /// <summary>
    /// This API is used to query the corresponding error response by a custom error ID.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeDomainErrorPageInfoByIdsResponse> DescribeDomainErrorPageInfoByIdsAsync(
        global::TcApi.Gaap.V20180529.DescribeDomainErrorPageInfoByIdsRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeDomainErrorPageInfoByIdsResponse>(request, global::TcApi.Gaap.V20180529.DescribeDomainErrorPageInfoByIdsRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeDomainErrorPageInfoByIdsResponse.Read, cancellationToken);

    /// <summary>
    /// 查询域名解析列表
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeGlobalDomainDnsResponse> DescribeGlobalDomainDnsAsync(
        global::TcApi.Gaap.V20180529.DescribeGlobalDomainDnsRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeGlobalDomainDnsResponse>(request, global::TcApi.Gaap.V20180529.DescribeGlobalDomainDnsRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeGlobalDomainDnsResponse.Read, cancellationToken);

    /// <summary>
    /// 查询域名列表
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeGlobalDomainsResponse> DescribeGlobalDomainsAsync(
        global::TcApi.Gaap.V20180529.DescribeGlobalDomainsRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeGlobalDomainsResponse>(request, global::TcApi.Gaap.V20180529.DescribeGlobalDomainsRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeGlobalDomainsResponse.Read, cancellationToken);

    /// <summary>
    /// Calls DescribeGlobalDomains page after page, starting where <paramref name="request"/> starts, and yields each page until
    /// the pages hold TotalCount items or one comes back empty.
    /// </summary>
    /// <remarks>
    /// Every page is an ordinary call:
    /// validated, rate-limited, retried and cancellable.
    /// </remarks>
    public virtual async global::System.Collections.Generic.IAsyncEnumerable<global::TcApi.Gaap.V20180529.DescribeGlobalDomainsResponse> DescribeGlobalDomainsPagesAsync(
        global::TcApi.Gaap.V20180529.DescribeGlobalDomainsRequest request,
        [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken = default)

    {
        if (request is null)
        {
            throw new global::System.ArgumentNullException(nameof(request));
        }

        var start = (long)request.Offset;
        var seen = 0L;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await DescribeGlobalDomainsAsync(request with { Offset = (long)(start + seen) }, cancellationToken).ConfigureAwait(false);
            yield return page;
            var count = page.Domains.Count;
            seen += count;
            if (count == 0 || start + seen >= (long)page.TotalCount)
            {
                yield break;
            }
        }
    }

    /// <summary>Every item of every page of DescribeGlobalDomains (see <see cref="DescribeGlobalDomainsPagesAsync"/>).</summary>
    public async global::System.Collections.Generic.IAsyncEnumerable<global::TcApi.Gaap.V20180529.Domain> DescribeGlobalDomainsItemsAsync(
        global::TcApi.Gaap.V20180529.DescribeGlobalDomainsRequest request,
        [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken = default)

    {
        await foreach (var page in global::System.Threading.Tasks.TaskAsyncEnumerableExtensions.ConfigureAwait(DescribeGlobalDomainsPagesAsync(request, cancellationToken), false))
        {
            foreach (var item in page.Domains)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return item;
            }
        }
    }

    /// <summary>
    /// This is an internal API. It is used to query the information of connections and connection groups from which the statistics can be derived.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeGroupAndStatisticsProxyResponse> DescribeGroupAndStatisticsProxyAsync(
        global::TcApi.Gaap.V20180529.DescribeGroupAndStatisticsProxyRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeGroupAndStatisticsProxyResponse>(request, global::TcApi.Gaap.V20180529.DescribeGroupAndStatisticsProxyRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeGroupAndStatisticsProxyResponse.Read, cancellationToken);

    /// <summary>
    /// This API (DescribeGroupDomainConfig) is used to obtain the domain name resolution configuration details of a connection group.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeGroupDomainConfigResponse> DescribeGroupDomainConfigAsync(
        global::TcApi.Gaap.V20180529.DescribeGroupDomainConfigRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeGroupDomainConfigResponse>(request, global::TcApi.Gaap.V20180529.DescribeGroupDomainConfigRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeGroupDomainConfigResponse.Read, cancellationToken);

    /// <summary>
    /// This API (DescribeHTTPListeners) is used to query HTTP listener information.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeHTTPListenersResponse> DescribeHTTPListenersAsync(
        global::TcApi.Gaap.V20180529.DescribeHTTPListenersRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeHTTPListenersResponse>(request, global::TcApi.Gaap.V20180529.DescribeHTTPListenersRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeHTTPListenersResponse.Read, cancellationToken);

    /// <summary>
    /// Calls DescribeHTTPListeners page after page, starting where <paramref name="request"/> starts, and yields each page until
    /// the pages hold TotalCount items or one comes back empty.
    /// </summary>
    /// <remarks>
    /// Every page is an ordinary call:
    /// validated, rate-limited, retried and cancellable.
    /// </remarks>
    public virtual async global::System.Collections.Generic.IAsyncEnumerable<global::TcApi.Gaap.V20180529.DescribeHTTPListenersResponse> DescribeHTTPListenersPagesAsync(
        global::TcApi.Gaap.V20180529.DescribeHTTPListenersRequest request,
        [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken = default)

    {
        if (request is null)
        {
            throw new global::System.ArgumentNullException(nameof(request));
        }

        var start = (long)(request.Offset ?? 0);
        var seen = 0L;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await DescribeHTTPListenersAsync(request with { Offset = (long)(start + seen) }, cancellationToken).ConfigureAwait(false);
            yield return page;
            var count = page.ListenerSet.Count;
            seen += count;
            if (count == 0 || start + seen >= (long)page.TotalCount)
            {
                yield break;
            }
        }
    }

    /// <summary>Every item of every page of DescribeHTTPListeners (see <see cref="DescribeHTTPListenersPagesAsync"/>).</summary>
    public async global::System.Collections.Generic.IAsyncEnumerable<global::TcApi.Gaap.V20180529.HTTPListener> DescribeHTTPListenersItemsAsync(
        global::TcApi.Gaap.V20180529.DescribeHTTPListenersRequest request,
        [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken = default)

    {
        await foreach (var page in global::System.Threading.Tasks.TaskAsyncEnumerableExtensions.ConfigureAwait(DescribeHTTPListenersPagesAsync(request, cancellationToken), false))
        {
            foreach (var item in page.ListenerSet)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return item;
            }
        }
    }

    /// <summary>
    /// This API (DescribeHTTPSListeners) is used to query HTTPS listener information.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeHTTPSListenersResponse> DescribeHTTPSListenersAsync(
        global::TcApi.Gaap.V20180529.DescribeHTTPSListenersRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeHTTPSListenersResponse>(request, global::TcApi.Gaap.V20180529.DescribeHTTPSListenersRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeHTTPSListenersResponse.Read, cancellationToken);

    /// <summary>
    /// Calls DescribeHTTPSListeners page after page, starting where <paramref name="request"/> starts, and yields each page until
    /// the pages hold TotalCount items or one comes back empty.
    /// </summary>
    /// <remarks>
    /// Every page is an ordinary call:
    /// validated, rate-limited, retried and cancellable.
    /// </remarks>
    public virtual async global::System.Collections.Generic.IAsyncEnumerable<global::TcApi.Gaap.V20180529.DescribeHTTPSListenersResponse> DescribeHTTPSListenersPagesAsync(
        global::TcApi.Gaap.V20180529.DescribeHTTPSListenersRequest request,
        [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken = default)

    {
        if (request is null)
        {
            throw new global::System.ArgumentNullException(nameof(request));
        }

        var start = (long)(request.Offset ?? 0);
        var seen = 0L;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await DescribeHTTPSListenersAsync(request with { Offset = (long)(start + seen) }, cancellationToken).ConfigureAwait(false);
            yield return page;
            var count = page.ListenerSet.Count;
            seen += count;
            if (count == 0 || start + seen >= (long)page.TotalCount)
            {
                yield break;
            }
        }
    }

    /// <summary>Every item of every page of DescribeHTTPSListeners (see <see cref="DescribeHTTPSListenersPagesAsync"/>).</summary>
    public async global::System.Collections.Generic.IAsyncEnumerable<global::TcApi.Gaap.V20180529.HTTPSListener> DescribeHTTPSListenersItemsAsync(
        global::TcApi.Gaap.V20180529.DescribeHTTPSListenersRequest request,
        [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken = default)

    {
        await foreach (var page in global::System.Threading.Tasks.TaskAsyncEnumerableExtensions.ConfigureAwait(DescribeHTTPSListenersPagesAsync(request, cancellationToken), false))
        {
            foreach (var item in page.ListenerSet)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return item;
            }
        }
    }

    /// <summary>
    /// This API (DescribeListenerRealServers) is used to query the origin server list of TCP/UDP listeners, including the list of bound origin servers and origin servers that can be bound.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeListenerRealServersResponse> DescribeListenerRealServersAsync(
        global::TcApi.Gaap.V20180529.DescribeListenerRealServersRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeListenerRealServersResponse>(request, global::TcApi.Gaap.V20180529.DescribeListenerRealServersRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeListenerRealServersResponse.Read, cancellationToken);

    /// <summary>
    /// This API is used to query listener statistics, including inbound/outbound bandwidth, inbound/outbound packets, and concurrence data. It supports granularities of 300, 3,600, and 86,400. Default value is the highest within the granularity range.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeListenerStatisticsResponse> DescribeListenerStatisticsAsync(
        global::TcApi.Gaap.V20180529.DescribeListenerStatisticsRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeListenerStatisticsResponse>(request, global::TcApi.Gaap.V20180529.DescribeListenerStatisticsRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeListenerStatisticsResponse.Read, cancellationToken);

    /// <summary>
    /// This API (DescribeProxies) is used to query the connection instance list.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeProxiesResponse> DescribeProxiesAsync(
        global::TcApi.Gaap.V20180529.DescribeProxiesRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeProxiesResponse>(request, global::TcApi.Gaap.V20180529.DescribeProxiesRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeProxiesResponse.Read, cancellationToken);

    /// <summary>
    /// Calls DescribeProxies page after page, starting where <paramref name="request"/> starts, and yields each page until
    /// the pages hold TotalCount items or one comes back empty.
    /// </summary>
    /// <remarks>
    /// Without a Limit, each page asks for 100 items, the documented maximum. Every page is an ordinary call:
    /// validated, rate-limited, retried and cancellable.
    /// </remarks>
    public virtual async global::System.Collections.Generic.IAsyncEnumerable<global::TcApi.Gaap.V20180529.DescribeProxiesResponse> DescribeProxiesPagesAsync(
        global::TcApi.Gaap.V20180529.DescribeProxiesRequest request,
        [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken = default)

    {
        if (request is null)
        {
            throw new global::System.ArgumentNullException(nameof(request));
        }

        if (request.Limit is null)
        {
            request = request with { Limit = 100 };
        }

        var start = (long)(request.Offset ?? 0);
        var seen = 0L;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await DescribeProxiesAsync(request with { Offset = (long)(start + seen) }, cancellationToken).ConfigureAwait(false);
            yield return page;
            var count = page.ProxySet.Count;
            seen += count;
            if (count == 0 || start + seen >= (long)page.TotalCount)
            {
                yield break;
            }
        }
    }

    /// <summary>Every item of every page of DescribeProxies (see <see cref="DescribeProxiesPagesAsync"/>).</summary>
    public async global::System.Collections.Generic.IAsyncEnumerable<global::TcApi.Gaap.V20180529.ProxyInfo> DescribeProxiesItemsAsync(
        global::TcApi.Gaap.V20180529.DescribeProxiesRequest request,
        [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken = default)

    {
        await foreach (var page in global::System.Threading.Tasks.TaskAsyncEnumerableExtensions.ConfigureAwait(DescribeProxiesPagesAsync(request, cancellationToken), false))
        {
            foreach (var item in page.ProxySet)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return item;
            }
        }
    }

    /// <summary>
    /// Waits until every proxy the request matches is running (RUNNING).
    /// </summary>
    /// <remarks>
    /// Reads every page of DescribeProxies for <paramref name="request"/> (see <see cref="DescribeProxiesPagesAsync"/>) until every item of ProxySet has Status <c>RUNNING</c>
    /// on every page; waits 5 s after the first look, twice as long after each next one up to 60 s, for at most 900 s unless
    /// <paramref name="options"/> say otherwise.
    /// </remarks>
    /// <returns>The response that shows the state: the first page's, with every page's ProxySet.</returns>
    /// <exception cref="global::TcApi.Client.Waiting.WaiterFailedException">A response shows a state from which it is never reached.</exception>
    /// <exception cref="global::TcApi.Client.Waiting.WaiterTimeoutException">The timeout passed first.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeProxiesResponse> WaitUntilProxiesRunningAsync(
        global::TcApi.Gaap.V20180529.DescribeProxiesRequest request,
        global::TcApi.Client.Waiting.WaiterOptions? options = null,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        global::TcApi.Client.Waiting.Waiter.WaitAsync(
            "DescribeProxies",
            "ProxiesRunning",
            token => global::TcApi.Client.Waiting.WaiterPages.ReadAllAsync(
                DescribeProxiesPagesAsync(request, token),
                static page => page.ProxySet,
                static (first, all) => first with { ProxySet = all },
                token),
            static response => global::System.Linq.Enumerable.Any(response.ProxySet, item => item is not null && (item.Status == "DESTROYING" || item.Status == "CLOSING" || item.Status == "CLOSED" || item.Status == "ISOLATING" || item.Status == "ISOLATED")) ? global::TcApi.Client.Waiting.WaitState.Failed : response.ProxySet.Count > 0 && global::System.Linq.Enumerable.All(response.ProxySet, item => item is not null && (item.Status == "RUNNING")) ? global::TcApi.Client.Waiting.WaitState.Done : global::TcApi.Client.Waiting.WaitState.Pending,
            new global::TcApi.Client.Waiting.WaiterDefaults(global::System.TimeSpan.FromSeconds(900), global::System.TimeSpan.FromSeconds(5), global::System.TimeSpan.FromSeconds(60)),
            options,
            cancellationToken);

    /// <summary>
    /// This API (DescribeProxiesStatus) is used to query the connection status list.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeProxiesStatusResponse> DescribeProxiesStatusAsync(
        global::TcApi.Gaap.V20180529.DescribeProxiesStatusRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeProxiesStatusResponse>(request, global::TcApi.Gaap.V20180529.DescribeProxiesStatusRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeProxiesStatusResponse.Read, cancellationToken);

    /// <summary>
    /// This is an internal API. It is used to query the information of connections and listeners from which the statistics can be derived.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeProxyAndStatisticsListenersResponse> DescribeProxyAndStatisticsListenersAsync(
        global::TcApi.Gaap.V20180529.DescribeProxyAndStatisticsListenersRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeProxyAndStatisticsListenersResponse>(request, global::TcApi.Gaap.V20180529.DescribeProxyAndStatisticsListenersRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeProxyAndStatisticsListenersResponse.Read, cancellationToken);

    /// <summary>
    /// This API (DescribeProxyDetail) is used to query connection details.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeProxyDetailResponse> DescribeProxyDetailAsync(
        global::TcApi.Gaap.V20180529.DescribeProxyDetailRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeProxyDetailResponse>(request, global::TcApi.Gaap.V20180529.DescribeProxyDetailRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeProxyDetailResponse.Read, cancellationToken);

    /// <summary>
    /// This API (DescribeProxyGroupDetails) is used to query connection group details.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeProxyGroupDetailsResponse> DescribeProxyGroupDetailsAsync(
        global::TcApi.Gaap.V20180529.DescribeProxyGroupDetailsRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeProxyGroupDetailsResponse>(request, global::TcApi.Gaap.V20180529.DescribeProxyGroupDetailsRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeProxyGroupDetailsResponse.Read, cancellationToken);

    /// <summary>
    /// This API (DescribeProxyGroupList) is used to pull the list of connection groups and the basic information of each connection group.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeProxyGroupListResponse> DescribeProxyGroupListAsync(
        global::TcApi.Gaap.V20180529.DescribeProxyGroupListRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeProxyGroupListResponse>(request, global::TcApi.Gaap.V20180529.DescribeProxyGroupListRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeProxyGroupListResponse.Read, cancellationToken);

    /// <summary>
    /// Calls DescribeProxyGroupList page after page, starting where <paramref name="request"/> starts, and yields each page until
    /// the pages hold TotalCount items or one comes back empty.
    /// </summary>
    /// <remarks>
    /// Without a Limit, each page asks for 100 items, the documented maximum. Every page is an ordinary call:
    /// validated, rate-limited, retried and cancellable.
    /// </remarks>
    public virtual async global::System.Collections.Generic.IAsyncEnumerable<global::TcApi.Gaap.V20180529.DescribeProxyGroupListResponse> DescribeProxyGroupListPagesAsync(
        global::TcApi.Gaap.V20180529.DescribeProxyGroupListRequest request,
        [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken = default)

    {
        if (request is null)
        {
            throw new global::System.ArgumentNullException(nameof(request));
        }

        var start = (long)request.Offset;
        var seen = 0L;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await DescribeProxyGroupListAsync(request with { Offset = (long)(start + seen) }, cancellationToken).ConfigureAwait(false);
            yield return page;
            var count = page.ProxyGroupList.Count;
            seen += count;
            if (count == 0 || start + seen >= (long)page.TotalCount)
            {
                yield break;
            }
        }
    }

    /// <summary>Every item of every page of DescribeProxyGroupList (see <see cref="DescribeProxyGroupListPagesAsync"/>).</summary>
    public async global::System.Collections.Generic.IAsyncEnumerable<global::TcApi.Gaap.V20180529.ProxyGroupInfo> DescribeProxyGroupListItemsAsync(
        global::TcApi.Gaap.V20180529.DescribeProxyGroupListRequest request,
        [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken = default)

    {
        await foreach (var page in global::System.Threading.Tasks.TaskAsyncEnumerableExtensions.ConfigureAwait(DescribeProxyGroupListPagesAsync(request, cancellationToken), false))
        {
            foreach (var item in page.ProxyGroupList)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return item;
            }
        }
    }

    /// <summary>
    /// This API is used to query listener statistics, including inbound/outbound bandwidth, inbound/outbound packets, and concurrence data. It supports granularities of 300, 3,600, and 86,400. Default value is the highest within the granularity range.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeProxyGroupStatisticsResponse> DescribeProxyGroupStatisticsAsync(
        global::TcApi.Gaap.V20180529.DescribeProxyGroupStatisticsRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeProxyGroupStatisticsResponse>(request, global::TcApi.Gaap.V20180529.DescribeProxyGroupStatisticsRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeProxyGroupStatisticsResponse.Read, cancellationToken);

    /// <summary>
    /// This API is used to query listener statistics, including inbound/outbound bandwidth, inbound/outbound packets, concurrence, packet loss, and latency data. It supports granularities of 300, 3,600, and 86,400. Default value is the highest within the granularity range.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeProxyStatisticsResponse> DescribeProxyStatisticsAsync(
        global::TcApi.Gaap.V20180529.DescribeProxyStatisticsRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeProxyStatisticsResponse>(request, global::TcApi.Gaap.V20180529.DescribeProxyStatisticsRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeProxyStatisticsResponse.Read, cancellationToken);

    /// <summary>
    /// This API is used to query the statistics of an origin server's health check results. Origin server status is displayed as 1 (normal) or 0 (exceptional). The queried origin server must be bound to a listener or rule, and the ID of the bound listener or rule must be specified for the query. This API supports displaying origin server status statistics at a 1-minute granularity.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeRealServerStatisticsResponse> DescribeRealServerStatisticsAsync(
        global::TcApi.Gaap.V20180529.DescribeRealServerStatisticsRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeRealServerStatisticsResponse>(request, global::TcApi.Gaap.V20180529.DescribeRealServerStatisticsRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeRealServerStatisticsResponse.Read, cancellationToken);

    /// <summary>
    /// This API is used to query origin server information. It can query all origin servers under the specified project name, and supports fuzzy query by specified IPs or domain names.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeRealServersResponse> DescribeRealServersAsync(
        global::TcApi.Gaap.V20180529.DescribeRealServersRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeRealServersResponse>(request, global::TcApi.Gaap.V20180529.DescribeRealServersRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeRealServersResponse.Read, cancellationToken);

    /// <summary>
    /// Calls DescribeRealServers page after page, starting where <paramref name="request"/> starts, and yields each page until
    /// the pages hold TotalCount items or one comes back empty.
    /// </summary>
    /// <remarks>
    /// Without a Limit, each page asks for 50 items, the documented maximum. Every page is an ordinary call:
    /// validated, rate-limited, retried and cancellable.
    /// </remarks>
    public virtual async global::System.Collections.Generic.IAsyncEnumerable<global::TcApi.Gaap.V20180529.DescribeRealServersResponse> DescribeRealServersPagesAsync(
        global::TcApi.Gaap.V20180529.DescribeRealServersRequest request,
        [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken = default)

    {
        if (request is null)
        {
            throw new global::System.ArgumentNullException(nameof(request));
        }

        if (request.Limit is null)
        {
            request = request with { Limit = 50 };
        }

        var start = (long)(request.Offset ?? 0);
        var seen = 0L;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await DescribeRealServersAsync(request with { Offset = (long)(start + seen) }, cancellationToken).ConfigureAwait(false);
            yield return page;
            var count = page.RealServerSet.Count;
            seen += count;
            if (count == 0 || start + seen >= (long)page.TotalCount)
            {
                yield break;
            }
        }
    }

    /// <summary>Every item of every page of DescribeRealServers (see <see cref="DescribeRealServersPagesAsync"/>).</summary>
    public async global::System.Collections.Generic.IAsyncEnumerable<global::TcApi.Gaap.V20180529.BindRealServerInfo> DescribeRealServersItemsAsync(
        global::TcApi.Gaap.V20180529.DescribeRealServersRequest request,
        [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken = default)

    {
        await foreach (var page in global::System.Threading.Tasks.TaskAsyncEnumerableExtensions.ConfigureAwait(DescribeRealServersPagesAsync(request, cancellationToken), false))
        {
            foreach (var item in page.RealServerSet)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return item;
            }
        }
    }

    /// <summary>
    /// This API (DescribeRealServersStatus) is used to query whether an origin server has been bound to a rule or listener.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeRealServersStatusResponse> DescribeRealServersStatusAsync(
        global::TcApi.Gaap.V20180529.DescribeRealServersStatusRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeRealServersStatusResponse>(request, global::TcApi.Gaap.V20180529.DescribeRealServersStatusRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeRealServersStatusResponse.Read, cancellationToken);

    /// <summary>
    /// This API (DescribeRegionAndPrice) is used to obtain the origin server regions and the bandwidth price gradient.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeRegionAndPriceResponse> DescribeRegionAndPriceAsync(
        global::TcApi.Gaap.V20180529.DescribeRegionAndPriceRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeRegionAndPriceResponse>(request, global::TcApi.Gaap.V20180529.DescribeRegionAndPriceRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeRegionAndPriceResponse.Read, cancellationToken);

    /// <summary>
    /// This API (DescribeResourcesByTag) is used to query corresponding resource information by tags, including connection, connection group, and origin server.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeResourcesByTagResponse> DescribeResourcesByTagAsync(
        global::TcApi.Gaap.V20180529.DescribeResourcesByTagRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeResourcesByTagResponse>(request, global::TcApi.Gaap.V20180529.DescribeResourcesByTagRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeResourcesByTagResponse.Read, cancellationToken);

    /// <summary>
    /// This API (DescribeRuleRealServers) is used to query forwarding rules-related origin server information, including information of origin servers that can be bound and have been bound.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeRuleRealServersResponse> DescribeRuleRealServersAsync(
        global::TcApi.Gaap.V20180529.DescribeRuleRealServersRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeRuleRealServersResponse>(request, global::TcApi.Gaap.V20180529.DescribeRuleRealServersRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeRuleRealServersResponse.Read, cancellationToken);

    /// <summary>
    /// This API (DescribeRules) is used to query all rule information of a listener, including the domain names, paths, and list of bound origin servers. For version 3.0 connections, this API returns the advanced authentication configuration information of the domain name.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeRulesResponse> DescribeRulesAsync(
        global::TcApi.Gaap.V20180529.DescribeRulesRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeRulesResponse>(request, global::TcApi.Gaap.V20180529.DescribeRulesRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeRulesResponse.Read, cancellationToken);

    /// <summary>
    /// This API is used to pull the list of rules based on rule ID. It supports pulling 1 to 10 rules at a time.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeRulesByRuleIdsResponse> DescribeRulesByRuleIdsAsync(
        global::TcApi.Gaap.V20180529.DescribeRulesByRuleIdsRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeRulesByRuleIdsResponse>(request, global::TcApi.Gaap.V20180529.DescribeRulesByRuleIdsRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeRulesByRuleIdsResponse.Read, cancellationToken);

    /// <summary>
    /// This API is used to obtain security policy details.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeSecurityPolicyDetailResponse> DescribeSecurityPolicyDetailAsync(
        global::TcApi.Gaap.V20180529.DescribeSecurityPolicyDetailRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeSecurityPolicyDetailResponse>(request, global::TcApi.Gaap.V20180529.DescribeSecurityPolicyDetailRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeSecurityPolicyDetailResponse.Read, cancellationToken);

    /// <summary>
    /// This API is used to query the list of security rules based on security rule ID. It supports querying 1 to 20 security rules at a time.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeSecurityRulesResponse> DescribeSecurityRulesAsync(
        global::TcApi.Gaap.V20180529.DescribeSecurityRulesRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeSecurityRulesResponse>(request, global::TcApi.Gaap.V20180529.DescribeSecurityRulesRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeSecurityRulesResponse.Read, cancellationToken);

    /// <summary>
    /// This API (DescribeTCPListeners) is used to query the TCP listener information of a single connection or connection group.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeTCPListenersResponse> DescribeTCPListenersAsync(
        global::TcApi.Gaap.V20180529.DescribeTCPListenersRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeTCPListenersResponse>(request, global::TcApi.Gaap.V20180529.DescribeTCPListenersRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeTCPListenersResponse.Read, cancellationToken);

    /// <summary>
    /// Calls DescribeTCPListeners page after page, starting where <paramref name="request"/> starts, and yields each page until
    /// the pages hold TotalCount items or one comes back empty.
    /// </summary>
    /// <remarks>
    /// Every page is an ordinary call:
    /// validated, rate-limited, retried and cancellable.
    /// </remarks>
    public virtual async global::System.Collections.Generic.IAsyncEnumerable<global::TcApi.Gaap.V20180529.DescribeTCPListenersResponse> DescribeTCPListenersPagesAsync(
        global::TcApi.Gaap.V20180529.DescribeTCPListenersRequest request,
        [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken = default)

    {
        if (request is null)
        {
            throw new global::System.ArgumentNullException(nameof(request));
        }

        var start = (long)(request.Offset ?? 0);
        var seen = 0L;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await DescribeTCPListenersAsync(request with { Offset = (long)(start + seen) }, cancellationToken).ConfigureAwait(false);
            yield return page;
            var count = page.ListenerSet.Count;
            seen += count;
            if (count == 0 || start + seen >= (long)page.TotalCount)
            {
                yield break;
            }
        }
    }

    /// <summary>Every item of every page of DescribeTCPListeners (see <see cref="DescribeTCPListenersPagesAsync"/>).</summary>
    public async global::System.Collections.Generic.IAsyncEnumerable<global::TcApi.Gaap.V20180529.TCPListener> DescribeTCPListenersItemsAsync(
        global::TcApi.Gaap.V20180529.DescribeTCPListenersRequest request,
        [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken = default)

    {
        await foreach (var page in global::System.Threading.Tasks.TaskAsyncEnumerableExtensions.ConfigureAwait(DescribeTCPListenersPagesAsync(request, cancellationToken), false))
        {
            foreach (var item in page.ListenerSet)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return item;
            }
        }
    }

    /// <summary>
    /// Waits until every listener the request matches is running (ListenerStatus 0).
    /// </summary>
    /// <remarks>
    /// Reads every page of DescribeTCPListeners for <paramref name="request"/> (see <see cref="DescribeTCPListenersPagesAsync"/>) until every item of ListenerSet has ListenerStatus <c>0</c>
    /// on every page; waits 2 s after the first look, twice as long after each next one up to 20 s, for at most 300 s unless
    /// <paramref name="options"/> say otherwise.
    /// </remarks>
    /// <returns>The response that shows the state: the first page's, with every page's ListenerSet.</returns>
    /// <exception cref="global::TcApi.Client.Waiting.WaiterFailedException">A response shows a state from which it is never reached.</exception>
    /// <exception cref="global::TcApi.Client.Waiting.WaiterTimeoutException">The timeout passed first.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeTCPListenersResponse> WaitUntilTCPListenersRunningAsync(
        global::TcApi.Gaap.V20180529.DescribeTCPListenersRequest request,
        global::TcApi.Client.Waiting.WaiterOptions? options = null,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        global::TcApi.Client.Waiting.Waiter.WaitAsync(
            "DescribeTCPListeners",
            "TCPListenersRunning",
            token => global::TcApi.Client.Waiting.WaiterPages.ReadAllAsync(
                DescribeTCPListenersPagesAsync(request, token),
                static page => page.ListenerSet,
                static (first, all) => first with { ListenerSet = all },
                token),
            static response => global::System.Linq.Enumerable.Any(response.ListenerSet, item => item is not null && (item.ListenerStatus == 2L)) ? global::TcApi.Client.Waiting.WaitState.Failed : response.ListenerSet.Count > 0 && global::System.Linq.Enumerable.All(response.ListenerSet, item => item is not null && (item.ListenerStatus == 0L)) ? global::TcApi.Client.Waiting.WaitState.Done : global::TcApi.Client.Waiting.WaitState.Pending,
            new global::TcApi.Client.Waiting.WaiterDefaults(global::System.TimeSpan.FromSeconds(300), global::System.TimeSpan.FromSeconds(2), global::System.TimeSpan.FromSeconds(20)),
            options,
            cancellationToken);

    /// <summary>
    /// 查询异步任务执行状态
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeTaskStatusResponse> DescribeTaskStatusAsync(
        global::TcApi.Gaap.V20180529.DescribeTaskStatusRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeTaskStatusResponse>(request, global::TcApi.Gaap.V20180529.DescribeTaskStatusRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeTaskStatusResponse.Read, cancellationToken);

    /// <summary>
    /// This API (DescribeUDPListeners) is used to query the UDP listener information of a single connection or connection group.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DescribeUDPListenersResponse> DescribeUDPListenersAsync(
        global::TcApi.Gaap.V20180529.DescribeUDPListenersRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DescribeUDPListenersResponse>(request, global::TcApi.Gaap.V20180529.DescribeUDPListenersRequest.ActionInfo, global::TcApi.Gaap.V20180529.DescribeUDPListenersResponse.Read, cancellationToken);

    /// <summary>
    /// Calls DescribeUDPListeners page after page, starting where <paramref name="request"/> starts, and yields each page until
    /// the pages hold TotalCount items or one comes back empty.
    /// </summary>
    /// <remarks>
    /// Every page is an ordinary call:
    /// validated, rate-limited, retried and cancellable.
    /// </remarks>
    public virtual async global::System.Collections.Generic.IAsyncEnumerable<global::TcApi.Gaap.V20180529.DescribeUDPListenersResponse> DescribeUDPListenersPagesAsync(
        global::TcApi.Gaap.V20180529.DescribeUDPListenersRequest request,
        [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken = default)

    {
        if (request is null)
        {
            throw new global::System.ArgumentNullException(nameof(request));
        }

        var start = (long)(request.Offset ?? 0);
        var seen = 0L;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await DescribeUDPListenersAsync(request with { Offset = (long)(start + seen) }, cancellationToken).ConfigureAwait(false);
            yield return page;
            var count = page.ListenerSet.Count;
            seen += count;
            if (count == 0 || start + seen >= (long)page.TotalCount)
            {
                yield break;
            }
        }
    }

    /// <summary>Every item of every page of DescribeUDPListeners (see <see cref="DescribeUDPListenersPagesAsync"/>).</summary>
    public async global::System.Collections.Generic.IAsyncEnumerable<global::TcApi.Gaap.V20180529.UDPListener> DescribeUDPListenersItemsAsync(
        global::TcApi.Gaap.V20180529.DescribeUDPListenersRequest request,
        [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken = default)

    {
        await foreach (var page in global::System.Threading.Tasks.TaskAsyncEnumerableExtensions.ConfigureAwait(DescribeUDPListenersPagesAsync(request, cancellationToken), false))
        {
            foreach (var item in page.ListenerSet)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return item;
            }
        }
    }

    /// <summary>
    /// This API (DestroyProxies) is used to terminate a connection. If terminated, no fees will be incurred.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DestroyProxiesResponse> DestroyProxiesAsync(
        global::TcApi.Gaap.V20180529.DestroyProxiesRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DestroyProxiesResponse>(request, global::TcApi.Gaap.V20180529.DestroyProxiesRequest.ActionInfo, global::TcApi.Gaap.V20180529.DestroyProxiesResponse.Read, cancellationToken);

    /// <summary>
    /// 暂停域名解析
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.DisableGlobalDomainResponse> DisableGlobalDomainAsync(
        global::TcApi.Gaap.V20180529.DisableGlobalDomainRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.DisableGlobalDomainResponse>(request, global::TcApi.Gaap.V20180529.DisableGlobalDomainRequest.ActionInfo, global::TcApi.Gaap.V20180529.DisableGlobalDomainResponse.Read, cancellationToken);

    /// <summary>
    /// 开启域名解析
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.EnableGlobalDomainResponse> EnableGlobalDomainAsync(
        global::TcApi.Gaap.V20180529.EnableGlobalDomainRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.EnableGlobalDomainResponse>(request, global::TcApi.Gaap.V20180529.EnableGlobalDomainRequest.ActionInfo, global::TcApi.Gaap.V20180529.EnableGlobalDomainResponse.Read, cancellationToken);

    /// <summary>
    /// This API (InquiryPriceCreateProxy) is used to create the price inquiries of acceleration connections.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.InquiryPriceCreateProxyResponse> InquiryPriceCreateProxyAsync(
        global::TcApi.Gaap.V20180529.InquiryPriceCreateProxyRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.InquiryPriceCreateProxyResponse>(request, global::TcApi.Gaap.V20180529.InquiryPriceCreateProxyRequest.ActionInfo, global::TcApi.Gaap.V20180529.InquiryPriceCreateProxyResponse.Read, cancellationToken);

    /// <summary>
    /// This API (ModifyCertificate) is used to modify a domain name certificate of a listener. domain name certificate. This API is only applicable to connections of version 3.0.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.ModifyCertificateResponse> ModifyCertificateAsync(
        global::TcApi.Gaap.V20180529.ModifyCertificateRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.ModifyCertificateResponse>(request, global::TcApi.Gaap.V20180529.ModifyCertificateRequest.ActionInfo, global::TcApi.Gaap.V20180529.ModifyCertificateResponse.Read, cancellationToken);

    /// <summary>
    /// This API is used to modify certificate name and content.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.ModifyCertificateAttributesResponse> ModifyCertificateAttributesAsync(
        global::TcApi.Gaap.V20180529.ModifyCertificateAttributesRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.ModifyCertificateAttributesResponse>(request, global::TcApi.Gaap.V20180529.ModifyCertificateAttributesRequest.ActionInfo, global::TcApi.Gaap.V20180529.ModifyCertificateAttributesResponse.Read, cancellationToken);

    /// <summary>
    /// This API (ModifyDomain) is used to modify domain names of listeners. For connections of version 3.0, it supports modifying certificates of the domain names.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.ModifyDomainResponse> ModifyDomainAsync(
        global::TcApi.Gaap.V20180529.ModifyDomainRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.ModifyDomainResponse>(request, global::TcApi.Gaap.V20180529.ModifyDomainRequest.ActionInfo, global::TcApi.Gaap.V20180529.ModifyDomainResponse.Read, cancellationToken);

    /// <summary>
    /// 修改域名属性
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.ModifyGlobalDomainAttributeResponse> ModifyGlobalDomainAttributeAsync(
        global::TcApi.Gaap.V20180529.ModifyGlobalDomainAttributeRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.ModifyGlobalDomainAttributeResponse>(request, global::TcApi.Gaap.V20180529.ModifyGlobalDomainAttributeRequest.ActionInfo, global::TcApi.Gaap.V20180529.ModifyGlobalDomainAttributeResponse.Read, cancellationToken);

    /// <summary>
    /// 修改域名解析记录
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.ModifyGlobalDomainDnsResponse> ModifyGlobalDomainDnsAsync(
        global::TcApi.Gaap.V20180529.ModifyGlobalDomainDnsRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.ModifyGlobalDomainDnsResponse>(request, global::TcApi.Gaap.V20180529.ModifyGlobalDomainDnsRequest.ActionInfo, global::TcApi.Gaap.V20180529.ModifyGlobalDomainDnsResponse.Read, cancellationToken);

    /// <summary>
    /// This API (ModifyGroupDomainConfig) is used to configure the nearest access domain name of a connection group.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.ModifyGroupDomainConfigResponse> ModifyGroupDomainConfigAsync(
        global::TcApi.Gaap.V20180529.ModifyGroupDomainConfigRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.ModifyGroupDomainConfigResponse>(request, global::TcApi.Gaap.V20180529.ModifyGroupDomainConfigRequest.ActionInfo, global::TcApi.Gaap.V20180529.ModifyGroupDomainConfigResponse.Read, cancellationToken);

    /// <summary>
    /// This API (ModifyHTTPListenerAttribute) is used to modify the HTTP listener configuration information of a connection. Currently only supports modifying listener name.<br/>Note: Grouped connections currently do not support HTTP/HTTPS listeners.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.ModifyHTTPListenerAttributeResponse> ModifyHTTPListenerAttributeAsync(
        global::TcApi.Gaap.V20180529.ModifyHTTPListenerAttributeRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.ModifyHTTPListenerAttributeResponse>(request, global::TcApi.Gaap.V20180529.ModifyHTTPListenerAttributeRequest.ActionInfo, global::TcApi.Gaap.V20180529.ModifyHTTPListenerAttributeResponse.Read, cancellationToken);

    /// <summary>
    /// This API (ModifyHTTPSListenerAttribute) is used to modify HTTPS listener configurations. It currently do not support connection groups and connections of version 1.0.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.ModifyHTTPSListenerAttributeResponse> ModifyHTTPSListenerAttributeAsync(
        global::TcApi.Gaap.V20180529.ModifyHTTPSListenerAttributeRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.ModifyHTTPSListenerAttributeResponse>(request, global::TcApi.Gaap.V20180529.ModifyHTTPSListenerAttributeRequest.ActionInfo, global::TcApi.Gaap.V20180529.ModifyHTTPSListenerAttributeResponse.Read, cancellationToken);

    /// <summary>
    /// This API (ModifyProxiesAttribute) is used to modify instance attributes (currently only supports modifying connection name).
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.ModifyProxiesAttributeResponse> ModifyProxiesAttributeAsync(
        global::TcApi.Gaap.V20180529.ModifyProxiesAttributeRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.ModifyProxiesAttributeResponse>(request, global::TcApi.Gaap.V20180529.ModifyProxiesAttributeRequest.ActionInfo, global::TcApi.Gaap.V20180529.ModifyProxiesAttributeResponse.Read, cancellationToken);

    /// <summary>
    /// This API (ModifyProxiesProject) is used to modify the project to which a connection belongs.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.ModifyProxiesProjectResponse> ModifyProxiesProjectAsync(
        global::TcApi.Gaap.V20180529.ModifyProxiesProjectRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.ModifyProxiesProjectResponse>(request, global::TcApi.Gaap.V20180529.ModifyProxiesProjectRequest.ActionInfo, global::TcApi.Gaap.V20180529.ModifyProxiesProjectResponse.Read, cancellationToken);

    /// <summary>
    /// This API (ModifyProxyConfiguration) is used to modify connection configurations. You can expand or reduce the capacity based on current business requirements. It only supports connections with a Scalarable of 1. Scalarable can be obtained via DescribeProxies API.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.ModifyProxyConfigurationResponse> ModifyProxyConfigurationAsync(
        global::TcApi.Gaap.V20180529.ModifyProxyConfigurationRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.ModifyProxyConfigurationResponse>(request, global::TcApi.Gaap.V20180529.ModifyProxyConfigurationRequest.ActionInfo, global::TcApi.Gaap.V20180529.ModifyProxyConfigurationResponse.Read, cancellationToken);

    /// <summary>
    /// This API (ModifyProxyGroupAttribute) is used to modify connection group attributes. It currently only supports modifying connection group name.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.ModifyProxyGroupAttributeResponse> ModifyProxyGroupAttributeAsync(
        global::TcApi.Gaap.V20180529.ModifyProxyGroupAttributeRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.ModifyProxyGroupAttributeResponse>(request, global::TcApi.Gaap.V20180529.ModifyProxyGroupAttributeRequest.ActionInfo, global::TcApi.Gaap.V20180529.ModifyProxyGroupAttributeResponse.Read, cancellationToken);

    /// <summary>
    /// This API (ModifyRealServerName) is used to modify origin server names.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.ModifyRealServerNameResponse> ModifyRealServerNameAsync(
        global::TcApi.Gaap.V20180529.ModifyRealServerNameRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.ModifyRealServerNameResponse>(request, global::TcApi.Gaap.V20180529.ModifyRealServerNameRequest.ActionInfo, global::TcApi.Gaap.V20180529.ModifyRealServerNameResponse.Read, cancellationToken);

    /// <summary>
    /// This API (ModifyRuleAttribute) is used to modify forwarding rule information, including health check configuration and forwarding policies.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.ModifyRuleAttributeResponse> ModifyRuleAttributeAsync(
        global::TcApi.Gaap.V20180529.ModifyRuleAttributeRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.ModifyRuleAttributeResponse>(request, global::TcApi.Gaap.V20180529.ModifyRuleAttributeRequest.ActionInfo, global::TcApi.Gaap.V20180529.ModifyRuleAttributeResponse.Read, cancellationToken);

    /// <summary>
    /// This API is used to modify security policy rule names.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.ModifySecurityRuleResponse> ModifySecurityRuleAsync(
        global::TcApi.Gaap.V20180529.ModifySecurityRuleRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.ModifySecurityRuleResponse>(request, global::TcApi.Gaap.V20180529.ModifySecurityRuleRequest.ActionInfo, global::TcApi.Gaap.V20180529.ModifySecurityRuleResponse.Read, cancellationToken);

    /// <summary>
    /// This API (ModifyTCPListenerAttribute) is used to modify the TCP listener configuration of a connection instance, including health check configuration and scheduling policies.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.ModifyTCPListenerAttributeResponse> ModifyTCPListenerAttributeAsync(
        global::TcApi.Gaap.V20180529.ModifyTCPListenerAttributeRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.ModifyTCPListenerAttributeResponse>(request, global::TcApi.Gaap.V20180529.ModifyTCPListenerAttributeRequest.ActionInfo, global::TcApi.Gaap.V20180529.ModifyTCPListenerAttributeResponse.Read, cancellationToken);

    /// <summary>
    /// This API (ModifyUDPListenerAttribute) is used to modify the UDP listener configuration of a connection instance, including modification of listener names and scheduling policies.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.ModifyUDPListenerAttributeResponse> ModifyUDPListenerAttributeAsync(
        global::TcApi.Gaap.V20180529.ModifyUDPListenerAttributeRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.ModifyUDPListenerAttributeResponse>(request, global::TcApi.Gaap.V20180529.ModifyUDPListenerAttributeRequest.ActionInfo, global::TcApi.Gaap.V20180529.ModifyUDPListenerAttributeResponse.Read, cancellationToken);

    /// <summary>
    /// This API (OpenProxies) is used to enable one or more connections.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.OpenProxiesResponse> OpenProxiesAsync(
        global::TcApi.Gaap.V20180529.OpenProxiesRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.OpenProxiesResponse>(request, global::TcApi.Gaap.V20180529.OpenProxiesRequest.ActionInfo, global::TcApi.Gaap.V20180529.OpenProxiesResponse.Read, cancellationToken);

    /// <summary>
    /// This API is used to enable all connections in a connection group.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.OpenProxyGroupResponse> OpenProxyGroupAsync(
        global::TcApi.Gaap.V20180529.OpenProxyGroupRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.OpenProxyGroupResponse>(request, global::TcApi.Gaap.V20180529.OpenProxyGroupRequest.ActionInfo, global::TcApi.Gaap.V20180529.OpenProxyGroupResponse.Read, cancellationToken);

    /// <summary>
    /// This API is used to enable a security policy.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.OpenSecurityPolicyResponse> OpenSecurityPolicyAsync(
        global::TcApi.Gaap.V20180529.OpenSecurityPolicyRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.OpenSecurityPolicyResponse>(request, global::TcApi.Gaap.V20180529.OpenSecurityPolicyRequest.ActionInfo, global::TcApi.Gaap.V20180529.OpenSecurityPolicyResponse.Read, cancellationToken);

    /// <summary>
    /// This API is used to delete the added origin server (server) IP or domain name.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.RemoveRealServersResponse> RemoveRealServersAsync(
        global::TcApi.Gaap.V20180529.RemoveRealServersRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.RemoveRealServersResponse>(request, global::TcApi.Gaap.V20180529.RemoveRealServersRequest.ActionInfo, global::TcApi.Gaap.V20180529.RemoveRealServersResponse.Read, cancellationToken);

    /// <summary>
    /// This API (SetAuthentication) is used for the advanced authentication configuration of connections, including authentication methods and their certificates. If only supports connections of version 3.0.
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.SetAuthenticationResponse> SetAuthenticationAsync(
        global::TcApi.Gaap.V20180529.SetAuthenticationRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.SetAuthenticationResponse>(request, global::TcApi.Gaap.V20180529.SetAuthenticationRequest.ActionInfo, global::TcApi.Gaap.V20180529.SetAuthenticationResponse.Read, cancellationToken);

    /// <summary>
    /// 设置监听器TLS配置
    /// </summary>
    /// <exception cref="global::TcApi.Validation.RequestValidationException">The request breaks a rule of the action (when validation is on).</exception>
    /// <exception cref="global::TcApi.Gaap.V20180529.GaapApiException">The service answered with an error.</exception>
    /// <exception cref="global::TcApi.Errors.TencentCloudException">The call failed in transport, timed out, or the answer was unreadable.</exception>
    public virtual global::System.Threading.Tasks.Task<global::TcApi.Gaap.V20180529.SetTlsVersionResponse> SetTlsVersionAsync(
        global::TcApi.Gaap.V20180529.SetTlsVersionRequest request,
        global::System.Threading.CancellationToken cancellationToken = default) =>
        Core.SendAsync<global::TcApi.Gaap.V20180529.SetTlsVersionResponse>(request, global::TcApi.Gaap.V20180529.SetTlsVersionRequest.ActionInfo, global::TcApi.Gaap.V20180529.SetTlsVersionResponse.Read, cancellationToken);
}
