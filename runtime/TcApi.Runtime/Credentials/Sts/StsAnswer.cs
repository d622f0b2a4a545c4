using System;
using System.Globalization;
using TcApi.Errors;

namespace TcApi.Credentials.Sts;

/// <summary>
/// Reads STS's answer into a token: <c>Credentials.{TmpSecretId, TmpSecretKey, Token}</c>, and the expiry from
/// <c>ExpiredTime</c> (Unix seconds) or else <c>Expiration</c> (ISO 8601, UTC). A missing member is named by its path,
/// never quoted: the answer holds the key.
/// </summary>
internal static class StsAnswer
{
    public static StsToken Read(string action, global::TcApi.Sts.V20180813.Credentials? credentials, long expiredTime, string? expiration, string requestId)
    {
        var id = Required(action, credentials?.TmpSecretId, "TmpSecretId", requestId);
        var key = Required(action, credentials?.TmpSecretKey, "TmpSecretKey", requestId);
        var token = Required(action, credentials?.Token, "Token", requestId);
        return new StsToken(id, key, token, Expiry(action, expiredTime, expiration, requestId));
    }

    private static string Required(string action, string? value, string member, string requestId) =>
        string.IsNullOrEmpty(value)
            ? throw new ResponseFormatException(action, "/Response/Credentials/" + member, "missing", RequestIdOrNull(requestId))
            : value!;

    private static DateTimeOffset Expiry(string action, long expiredTime, string? expiration, string requestId)
    {
        if (expiredTime > 0)
        {
            return DateTimeOffset.FromUnixTimeSeconds(expiredTime);
        }

        if (DateTimeOffset.TryParse(expiration, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            return parsed;
        }

        throw new ResponseFormatException(action, "/Response/ExpiredTime", "neither ExpiredTime nor Expiration is readable", RequestIdOrNull(requestId));
    }

    private static string? RequestIdOrNull(string requestId) => requestId.Length == 0 ? null : requestId;
}
