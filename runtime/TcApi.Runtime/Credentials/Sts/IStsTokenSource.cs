using System.Threading;
using System.Threading.Tasks;

namespace TcApi.Credentials.Sts;

/// <summary>
/// The two STS actions the role providers need (sts 2018-08-13). The providers depend only on this, so the transport —
/// TcApi's generated sts binding — plugs in behind it, and tests fake it.
/// </summary>
internal interface IStsTokenSource
{
    /// <summary>AssumeRole, signed with the source credentials the implementation holds.</summary>
    Task<StsToken> AssumeRoleAsync(StsAssumeRoleRequest request, CancellationToken cancellationToken);

    /// <summary>AssumeRoleWithWebIdentity, sent unsigned: the OIDC token is the proof.</summary>
    Task<StsToken> AssumeRoleWithWebIdentityAsync(StsWebIdentityRequest request, CancellationToken cancellationToken);
}
