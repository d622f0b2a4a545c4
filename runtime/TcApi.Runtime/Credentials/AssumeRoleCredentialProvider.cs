using System;
using System.Threading;
using System.Threading.Tasks;
using TcApi.Credentials.Sts;
using TcApi.Errors;
using TcApi.Signing;

namespace TcApi.Credentials;

/// <summary>
/// Temporary credentials of a CAM role, from STS AssumeRole signed with other credentials (a long-term key, or another
/// provider such as the CVM role). Refreshed before they expire (see <see cref="RefreshingCredentialProvider"/>).
/// </summary>
public sealed class AssumeRoleCredentialProvider : RefreshingCredentialProvider
{
    private readonly IStsTokenSource _sts;
    private readonly StsAssumeRoleRequest _request;

    /// <summary>
    /// Creates the provider: STS AssumeRole for <see cref="AssumeRoleOptions.RoleArn"/>, signed with what
    /// <paramref name="sourceCredentials"/> gives (a <see cref="Credential"/>, the CVM role, a chain, ...).
    /// </summary>
    public AssumeRoleCredentialProvider(ICredentialProvider sourceCredentials, AssumeRoleOptions options, CredentialRefreshOptions? refresh = null)
        : this(new StsTokenSource(sourceCredentials ?? throw new ArgumentNullException(nameof(sourceCredentials)), options?.Endpoint, refresh), options!, refresh)
    {
    }

    internal AssumeRoleCredentialProvider(IStsTokenSource sts, AssumeRoleOptions options, CredentialRefreshOptions? refresh = null)
        : base(refresh)
    {
        _sts = sts ?? throw new ArgumentNullException(nameof(sts));
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.RoleArn))
        {
            throw new ArgumentException("AssumeRoleOptions.RoleArn is required.", nameof(options));
        }

        if (string.IsNullOrWhiteSpace(options.Region))
        {
            throw new ArgumentException("AssumeRoleOptions.Region is required.", nameof(options));
        }

        _request = new StsAssumeRoleRequest(
            options.Region.Trim(),
            options.RoleArn.Trim(),
            string.IsNullOrWhiteSpace(options.RoleSessionName) ? RoleSession.DefaultName(TimeProvider) : options.RoleSessionName.Trim(),
            RoleSession.Seconds(options.Duration, nameof(options.Duration)),
            options.Policy,
            options.ExternalId);
    }

    /// <summary>The role asked for.</summary>
    public string RoleArn => _request.RoleArn;

    /// <summary>The session name sent.</summary>
    public string RoleSessionName => _request.RoleSessionName;

    /// <inheritdoc />
    public override string ToString() => $"STS AssumeRole {_request.RoleArn}";

    /// <inheritdoc />
    protected override async Task<Credential> FetchAsync(CancellationToken cancellationToken)
    {
        StsToken token;
        try
        {
            token = await _sts.AssumeRoleAsync(_request, cancellationToken).ConfigureAwait(false);
        }
        catch (TencentCloudException e)
        {
            throw StsFailure.From(ToString(), e, CallSecrets.ForCredentials());
        }

        return new Credential(token.TmpSecretId, token.TmpSecretKey, token.Token, token.Expiration);
    }
}
