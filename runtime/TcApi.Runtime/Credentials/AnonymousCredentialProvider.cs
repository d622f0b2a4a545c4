using System;
using System.Threading;
using System.Threading.Tasks;
using TcApi.Signing;

namespace TcApi.Credentials;

/// <summary>
/// No credentials: a client built with <see cref="Instance"/> sends requests unsigned (<c>Authorization: SKIP</c>),
/// as the official SDKs do for the few actions that take no signature, such as STS AssumeRoleWithWebIdentity.
/// </summary>
public sealed class AnonymousCredentialProvider : ICredentialProvider
{
    private AnonymousCredentialProvider()
    {
    }

    /// <summary>The one instance.</summary>
    public static AnonymousCredentialProvider Instance { get; } = new();

    /// <summary>Always throws: there is nothing to sign with.</summary>
    public ValueTask<Credential> GetCredentialAsync(CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("Anonymous requests are sent unsigned; there are no credentials to get.");

    /// <inheritdoc />
    public override string ToString() => "anonymous (unsigned requests)";
}
