using System;
using System.Collections.Concurrent;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using TcApi.Client;
using TcApi.Sts.V20180813;

namespace TcApi.Credentials.Sts;

/// <summary>
/// STS through TcApi's own sts binding, generated into this assembly (internal, two actions): AssumeRole signed with
/// the source credentials, AssumeRoleWithWebIdentity unsigned (the OIDC token is the proof). One client per region,
/// all sending through one HttpClient. Each call tells the client what it carries (<see cref="CallSecrets"/>), so no
/// token, key or answer reaches the client's spans, logs or exceptions.
/// </summary>
internal sealed class StsTokenSource : IStsTokenSource
{
    /// <summary>Each attempt's limit: a refresh is shared by every caller and must bound its own time.</summary>
    internal static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);

    private readonly ICredentialProvider? _sourceCredentials;
    private readonly string? _endpoint;
    private readonly CredentialRefreshOptions _refresh;
    private readonly HttpClient? _http;
    private readonly ConcurrentDictionary<string, StsClient> _clients = new(StringComparer.Ordinal);

    /// <param name="sourceCredentials">What AssumeRole is signed with; null where only AssumeRoleWithWebIdentity is called.</param>
    /// <param name="endpoint">The STS endpoint (a host or an absolute URL); null for <c>sts.tencentcloudapi.com</c>.</param>
    /// <param name="refresh">The clock and logger factory of the provider that uses this source.</param>
    /// <param name="httpClient">The HttpClient to send through; null for one shared by the process.</param>
    public StsTokenSource(ICredentialProvider? sourceCredentials, string? endpoint, CredentialRefreshOptions? refresh, HttpClient? httpClient = null)
    {
        if (sourceCredentials is AnonymousCredentialProvider)
        {
            throw new ArgumentException("AssumeRole must be signed: pass the credentials that may assume the role.", nameof(sourceCredentials));
        }

        _sourceCredentials = sourceCredentials;
        _endpoint = string.IsNullOrWhiteSpace(endpoint) ? null : endpoint!.Trim();
        _refresh = refresh ?? new CredentialRefreshOptions();
        // The shared HttpClient is made at the first call: a chain whose OIDC provider never applies makes none.
        _http = httpClient;
    }

    public async Task<StsToken> AssumeRoleAsync(StsAssumeRoleRequest request, CancellationToken cancellationToken)
    {
        var signer = _sourceCredentials ?? throw new InvalidOperationException("This STS source has no credentials to sign AssumeRole with.");
        var call = new AssumeRoleRequest
        {
            RoleArn = request.RoleArn,
            RoleSessionName = request.RoleSessionName,
            DurationSeconds = request.DurationSeconds,
            Policy = StsPolicy.Encode(request.Policy),
            ExternalId = request.ExternalId,
        };
        // The source key and token it is signed with are the client's own secrets of each attempt; the answer holds the new ones.
        var response = await ClientFor(request.Region, signer).Core.SendAsync(
            call, AssumeRoleRequest.ActionInfo, AssumeRoleResponse.Read, CallSecrets.ForCredentials(), cancellationToken).ConfigureAwait(false);
        return StsAnswer.Read(AssumeRoleRequest.ActionName, response.Credentials, response.ExpiredTime, response.Expiration, response.RequestId);
    }

    public async Task<StsToken> AssumeRoleWithWebIdentityAsync(StsWebIdentityRequest request, CancellationToken cancellationToken)
    {
        var call = new AssumeRoleWithWebIdentityRequest
        {
            ProviderId = request.ProviderId,
            WebIdentityToken = request.WebIdentityToken,
            RoleArn = request.RoleArn,
            RoleSessionName = request.RoleSessionName,
            DurationSeconds = request.DurationSeconds,
        };
        var response = await ClientFor(request.Region, AnonymousCredentialProvider.Instance).Core.SendAsync(
            call, AssumeRoleWithWebIdentityRequest.ActionInfo, AssumeRoleWithWebIdentityResponse.Read, CallSecrets.ForCredentials(request.WebIdentityToken), cancellationToken).ConfigureAwait(false);
        return StsAnswer.Read(AssumeRoleWithWebIdentityRequest.ActionName, response.Credentials, response.ExpiredTime, response.Expiration, response.RequestId);
    }

    private StsClient ClientFor(string region, ICredentialProvider signer)
    {
        var unsigned = signer is AnonymousCredentialProvider;
        return _clients.GetOrAdd((unsigned ? "unsigned " : "signed ") + region, _ => new StsClient(_http ?? StsHttp.Shared, signer, new TencentCloudClientOptions
        {
            Endpoint = _endpoint,
            Region = region,
            Timeout = AttemptTimeout,
            TimeProvider = _refresh.TimeProvider,
            LoggerFactory = _refresh.LoggerFactory,
        }));
    }
}
