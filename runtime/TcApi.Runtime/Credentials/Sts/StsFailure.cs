using TcApi.Errors;

namespace TcApi.Credentials.Sts;

/// <summary>
/// Turns a failed STS call into the <see cref="CredentialRefreshException"/> of the provider that made it. STS's own
/// error code and message are kept (they say why: no such role, a bad token), with the call's secrets blanked out of
/// them; an answer's body is never quoted (it may hold the temporary key).
/// </summary>
internal static class StsFailure
{
    public static CredentialRefreshException From(string provider, TencentCloudException failure, CallSecrets secrets)
    {
        // The client has concealed what it throws; an STS source of another kind may not have.
        var shown = secrets.Conceal(failure);
        var inner = secrets.AppearIn(shown.ToString()) ? null : shown;
        return shown switch
        {
            // The credentials AssumeRole is signed with failed: still this provider's failure, so a chain does not move on.
            CredentialException source => new CredentialRefreshException(provider, $"the credentials that sign AssumeRole could not be obtained ({secrets.Redact(source.Message)})", inner),
            TencentCloudApiException api => new CredentialRefreshException(
                provider,
                $"STS {api.Action} failed with {api.RawCode}: {secrets.Redact(api.ServerMessage)} (RequestId {api.RequestId ?? "absent"})",
                inner),
            TencentCloudHttpException http => new CredentialRefreshException(provider, $"STS {http.Action} answered HTTP {(int)http.StatusCode} {http.StatusCode}"),
            ResponseFormatException format => new CredentialRefreshException(
                provider,
                $"STS {format.Action}'s answer could not be read" + (format.Path.Length == 0 ? string.Empty : " at " + format.Path) +
                (format.RequestId is { } id ? $" (RequestId {id})" : string.Empty)),
            _ => new CredentialRefreshException(provider, secrets.Redact(shown.Message), inner),
        };
    }
}
