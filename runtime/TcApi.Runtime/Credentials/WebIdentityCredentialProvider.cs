using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using TcApi.Credentials.Sts;
using TcApi.Errors;
using TcApi.Signing;

namespace TcApi.Credentials;

/// <summary>
/// Temporary credentials of a CAM role from STS AssumeRoleWithWebIdentity, with the OIDC token file TKE mounts in the
/// pod (see <see cref="WebIdentityOptions"/>). The token file is read at every refresh. Does not apply when no role,
/// provider or token file is configured; a partial configuration is an error that names what is missing.
/// </summary>
public sealed class WebIdentityCredentialProvider : RefreshingCredentialProvider
{
    private readonly IStsTokenSource _sts;
    private readonly WebIdentityOptions _options;
    private readonly int _durationSeconds;
    private readonly string _sessionName;

    /// <summary>
    /// Creates the provider with <paramref name="options"/>, or with the TKE variables of the process environment
    /// (<see cref="WebIdentityOptions.FromEnvironment()"/>) when null.
    /// </summary>
    public WebIdentityCredentialProvider(WebIdentityOptions? options = null, CredentialRefreshOptions? refresh = null)
        : this(null, options ?? WebIdentityOptions.FromEnvironment(), refresh)
    {
    }

    // A null sts is TcApi's own sts client at WebIdentityOptions.Endpoint; tests pass a fake.
    internal WebIdentityCredentialProvider(IStsTokenSource? sts, WebIdentityOptions options, CredentialRefreshOptions? refresh = null)
        : base(refresh)
    {
        _sts = sts ?? new StsTokenSource(null, options?.Endpoint, refresh);
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _durationSeconds = RoleSession.Seconds(options.Duration, nameof(options.Duration));
        _sessionName = string.IsNullOrWhiteSpace(options.RoleSessionName) ? RoleSession.DefaultName(TimeProvider) : options.RoleSessionName.Trim();
    }

    /// <inheritdoc />
    public override string ToString() => "OIDC web identity (TKE)";

    /// <inheritdoc />
    protected override async Task<Credential> FetchAsync(CancellationToken cancellationToken)
    {
        var (region, providerId, tokenFile, roleArn) = Configuration();
        string token;
        try
        {
#if NET
            token = (await File.ReadAllTextAsync(tokenFile, cancellationToken).ConfigureAwait(false)).Trim();
#else
            using var reader = File.OpenText(tokenFile);
            token = (await reader.ReadToEndAsync().ConfigureAwait(false)).Trim();
#endif
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CredentialRefreshException(ToString(), $"the token file {tokenFile} could not be read ({e.GetType().Name})", e);
        }

        if (token.Length == 0)
        {
            throw new CredentialRefreshException(ToString(), $"the token file {tokenFile} is empty");
        }

        StsToken answer;
        try
        {
            answer = await _sts.AssumeRoleWithWebIdentityAsync(
                new StsWebIdentityRequest(region, providerId, token, roleArn, _sessionName, _durationSeconds), cancellationToken).ConfigureAwait(false);
        }
        catch (TencentCloudException e)
        {
            throw StsFailure.From(ToString(), e, CallSecrets.ForCredentials(token));
        }

        return new Credential(answer.TmpSecretId, answer.TmpSecretKey, answer.Token, answer.Expiration);
    }

    private (string Region, string ProviderId, string TokenFile, string RoleArn) Configuration()
    {
        var values = new (string Variable, string? Value)[]
        {
            (WebIdentityOptions.RegionVariable, _options.Region),
            (WebIdentityOptions.ProviderIdVariable, _options.ProviderId),
            (WebIdentityOptions.TokenFileVariable, _options.TokenFile),
            (WebIdentityOptions.RoleArnVariable, _options.RoleArn),
        };
        var missing = new List<string>();
        foreach (var (variable, value) in values)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                missing.Add(variable);
            }
        }

        // The region alone (TKE_REGION is set on TKE nodes for other reasons) does not make a pod identity.
        if (string.IsNullOrWhiteSpace(_options.RoleArn) && string.IsNullOrWhiteSpace(_options.ProviderId) && string.IsNullOrWhiteSpace(_options.TokenFile))
        {
            throw new CredentialUnavailableException(ToString(), $"{WebIdentityOptions.RoleArnVariable}, {WebIdentityOptions.ProviderIdVariable} and {WebIdentityOptions.TokenFileVariable} are not set");
        }

        if (missing.Count > 0)
        {
            throw new CredentialRefreshException(ToString(), $"{string.Join(", ", missing)} {(missing.Count == 1 ? "is" : "are")} not set while the other TKE variables are");
        }

        return (_options.Region!.Trim(), _options.ProviderId!.Trim(), _options.TokenFile!.Trim(), _options.RoleArn!.Trim());
    }
}
