using System;
using System.Threading;
using System.Threading.Tasks;
using TcApi.Credentials;

namespace TcApi.Signing;

/// <summary>
/// A Tencent Cloud API key, with the session token and expiry of temporary credentials. The key and the token never
/// appear in text. A credential is also the provider of itself, so it can be passed wherever an
/// <see cref="ICredentialProvider"/> is expected.
/// </summary>
public sealed class Credential : ICredentialProvider
{
    /// <summary>Creates a credential that does not expire.</summary>
    public Credential(string secretId, string secretKey, string? token = null)
        : this(secretId, secretKey, token, expiration: null)
    {
    }

    /// <summary>Creates a credential; temporary credentials carry a <paramref name="token"/> and an <paramref name="expiration"/>.</summary>
    public Credential(string secretId, string secretKey, string? token, DateTimeOffset? expiration)
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
        Expiration = expiration;
    }

    /// <summary>The secret id, sent in the Authorization header.</summary>
    public string SecretId { get; }

    /// <summary>The secret key. Only the signer reads it; it is never sent, logged or shown.</summary>
    public string SecretKey { get; }

    /// <summary>The session token of temporary credentials, sent as X-TC-Token; never logged or shown.</summary>
    public string? Token { get; }

    /// <summary>When temporary credentials expire; <see langword="null"/> for a long-term key.</summary>
    public DateTimeOffset? Expiration { get; }

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
    ValueTask<Credential> ICredentialProvider.GetCredentialAsync(CancellationToken cancellationToken) => new(this);

    /// <inheritdoc />
    public override string ToString() =>
        $"Credential {SecretId} (secret key hidden{(Token is null ? string.Empty : ", with session token")}" +
        (Expiration is { } expiration ? FormattableString.Invariant($", expires {expiration:u}") : string.Empty) + ")";
}
