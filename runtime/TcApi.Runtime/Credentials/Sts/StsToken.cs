using System;

namespace TcApi.Credentials.Sts;

/// <summary>What STS answers: <c>Credentials.{TmpSecretId, TmpSecretKey, Token}</c> and <c>ExpiredTime</c>.</summary>
internal sealed class StsToken(string tmpSecretId, string tmpSecretKey, string token, DateTimeOffset expiration)
{
    public string TmpSecretId { get; } = tmpSecretId;

    public string TmpSecretKey { get; } = tmpSecretKey;

    public string Token { get; } = token;

    public DateTimeOffset Expiration { get; } = expiration;

    public override string ToString() => $"STS token {TmpSecretId} (secret key and token hidden, expires {Expiration:u})";
}
