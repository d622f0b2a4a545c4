using System;
using TcApi.Errors;

namespace TcApi.Credentials.Sts;

/// <summary>
/// Turns a failed STS call into the <see cref="CredentialRefreshException"/> of the provider that made it. STS's own
/// error code and message are kept (they say why: no such role, a bad token); the request's secret (the OIDC token) is
/// blanked out of them, and an answer's body is never quoted (it may hold the temporary key).
/// </summary>
internal static class StsFailure
{
    private const string Hidden = "(hidden)";

    public static CredentialRefreshException From(string provider, TencentCloudException failure, string? secret = null) => failure switch
    {
        // The credentials AssumeRole is signed with failed: still this provider's failure, so a chain does not move on.
        CredentialException source => new CredentialRefreshException(provider, $"the credentials that sign AssumeRole could not be obtained ({source.Message})", source),
        TencentCloudApiException api => new CredentialRefreshException(
            provider,
            $"STS {api.Action} failed with {api.RawCode}: {Redact(api.ServerMessage, secret)} (RequestId {api.RequestId ?? "absent"})",
            Contains(api.Message, secret) ? null : api),
        TencentCloudHttpException http => new CredentialRefreshException(provider, $"STS {http.Action} answered HTTP {(int)http.StatusCode} {http.StatusCode}"),
        ResponseFormatException format => new CredentialRefreshException(
            provider,
            $"STS {format.Action}'s answer could not be read" + (format.Path.Length == 0 ? string.Empty : " at " + format.Path) +
            (format.RequestId is { } id ? $" (RequestId {id})" : string.Empty)),
        _ => new CredentialRefreshException(provider, Redact(failure.Message, secret), Contains(failure.Message, secret) ? null : failure),
    };

    private static bool Contains(string text, string? secret) =>
        !string.IsNullOrEmpty(secret) && text.IndexOf(secret!, StringComparison.Ordinal) >= 0;

    private static string Redact(string text, string? secret) =>
        Contains(text, secret) ? text.Replace(secret!, Hidden) : text;
}
