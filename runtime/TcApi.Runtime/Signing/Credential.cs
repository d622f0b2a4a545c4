using System;

namespace TcApi.Signing;

/// <summary>A Tencent Cloud API key, with the session token of temporary credentials. The key never appears in text.</summary>
public sealed class Credential
{
    /// <summary>Creates a credential.</summary>
    public Credential(string secretId, string secretKey, string? token = null)
    {
        if (string.IsNullOrWhiteSpace(secretId))
        {
            throw new ArgumentException("The secret id is empty.", nameof(secretId));
        }

        if (string.IsNullOrEmpty(secretKey))
        {
            throw new ArgumentException("The secret key is empty.", nameof(secretKey));
        }

        SecretId = secretId;
        SecretKey = secretKey;
        Token = string.IsNullOrEmpty(token) ? null : token;
    }

    /// <summary>The secret id, sent in the Authorization header.</summary>
    public string SecretId { get; }

    /// <summary>The secret key. Only the signer reads it; it is never sent, logged or shown.</summary>
    public string SecretKey { get; }

    /// <summary>The session token of temporary credentials, sent as X-TC-Token.</summary>
    public string? Token { get; }

    /// <summary>
    /// Reads TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY and the optional TENCENTCLOUD_SESSION_TOKEN, as the
    /// official SDKs do.
    /// </summary>
    /// <exception cref="InvalidOperationException">The id or the key is not set.</exception>
    public static Credential FromEnvironment()
    {
        var id = Environment.GetEnvironmentVariable("TENCENTCLOUD_SECRET_ID");
        var key = Environment.GetEnvironmentVariable("TENCENTCLOUD_SECRET_KEY");
        if (string.IsNullOrWhiteSpace(id) || string.IsNullOrEmpty(key))
        {
            throw new InvalidOperationException("Set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (and TENCENTCLOUD_SESSION_TOKEN for temporary credentials).");
        }

        return new Credential(id, key, Environment.GetEnvironmentVariable("TENCENTCLOUD_SESSION_TOKEN"));
    }

    /// <inheritdoc />
    public override string ToString() => $"Credential {SecretId} (secret key hidden{(Token is null ? string.Empty : ", with session token")})";
}
