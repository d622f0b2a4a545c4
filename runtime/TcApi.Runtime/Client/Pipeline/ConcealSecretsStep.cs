using System;
using System.Threading.Tasks;

namespace TcApi.Client.Pipeline;

/// <summary>
/// Replaces what an attempt's failure quotes of the call's secrets — its key and token, a credential call's answer —
/// before any span, log line, retry decision or caller sees it (<see cref="Credentials.CallSecrets.Conceal"/>).
/// </summary>
internal sealed class ConcealSecretsStep : ClientStep
{
    public override async ValueTask RunAsync(AttemptContext context)
    {
        try
        {
            await RunNextAsync(context).ConfigureAwait(false);
        }
        catch (Exception caught)
        {
            var shown = context.Secrets.With(context.Credential).Conceal(caught);
            if (!ReferenceEquals(shown, caught))
            {
                throw shown;
            }

            throw;
        }
    }
}
