using System;
using System.Threading.Tasks;
using TcApi.Credentials;
using TcApi.Errors;

namespace TcApi.Client.Pipeline;

/// <summary>
/// Asks the provider for the attempt's credentials, refusing ones that have already expired; an unsigned client
/// (<see cref="AnonymousCredentialProvider"/>) has none.
/// </summary>
internal sealed class CredentialStep(ICredentialProvider credentials, TencentCloudClientOptions options) : ClientStep
{
    private readonly bool _unsigned = credentials is AnonymousCredentialProvider;

    public override ValueTask RunAsync(AttemptContext context)
    {
        if (_unsigned)
        {
            context.Credential = null;
            return RunNextAsync(context);
        }

        return GetThenRunAsync(context);
    }

    private async ValueTask GetThenRunAsync(AttemptContext context)
    {
        var credential = await credentials.GetCredentialAsync(context.CancellationToken).ConfigureAwait(false) ??
            throw new InvalidOperationException($"The credential provider {credentials} returned no credentials.");
        if (credential.Expiration is { } expiration)
        {
            var now = options.TimeProvider.GetUtcNow();
            if (expiration <= now)
            {
                throw new CredentialExpiredException(credentials.ToString() ?? credentials.GetType().Name, expiration, now);
            }
        }

        context.Credential = credential;
        await RunNextAsync(context).ConfigureAwait(false);
    }
}
