using System.Threading;
using System.Threading.Tasks;
using TcApi.Signing;

namespace TcApi.Credentials;

/// <summary>
/// Gives the key to sign the next request with. The client asks before every attempt, so a provider of temporary
/// credentials can hand out a fresh key; a provider should answer synchronously from its cache on the hot path.
/// </summary>
/// <remarks>
/// A <see cref="Credential"/> is a provider of itself. Providers throw <see cref="TcApi.Errors.CredentialUnavailableException"/>
/// when they do not apply (a chain then tries the next) and other <see cref="TcApi.Errors.CredentialException"/>s when
/// they apply but fail. <see cref="object.ToString"/> names the provider in errors and logs, so it must not show a secret.
/// </remarks>
public interface ICredentialProvider
{
    /// <summary>The credentials to sign with now, valid for at least as long as a request takes to be sent.</summary>
    ValueTask<Credential> GetCredentialAsync(CancellationToken cancellationToken = default);
}
