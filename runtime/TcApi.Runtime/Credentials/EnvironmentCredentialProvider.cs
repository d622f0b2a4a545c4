using System;
using System.Threading;
using System.Threading.Tasks;
using TcApi.Errors;
using TcApi.Signing;

namespace TcApi.Credentials;

/// <summary>
/// TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY and the optional TENCENTCLOUD_SESSION_TOKEN, as the official SDKs
/// read them. Read once, on first use.
/// </summary>
public sealed class EnvironmentCredentialProvider : ICredentialProvider
{
    /// <summary>The secret id variable.</summary>
    public const string SecretIdVariable = "TENCENTCLOUD_SECRET_ID";

    /// <summary>The secret key variable.</summary>
    public const string SecretKeyVariable = "TENCENTCLOUD_SECRET_KEY";

    /// <summary>The session token variable, for temporary credentials.</summary>
    public const string SessionTokenVariable = "TENCENTCLOUD_SESSION_TOKEN";

    private readonly Func<string, string?> _environment;
    private Credential? _credential;

    /// <summary>Reads the process environment.</summary>
    public EnvironmentCredentialProvider()
        : this(Environment.GetEnvironmentVariable)
    {
    }

    internal EnvironmentCredentialProvider(Func<string, string?> environment) => _environment = environment;

    /// <inheritdoc />
    public ValueTask<Credential> GetCredentialAsync(CancellationToken cancellationToken = default) =>
        new(_credential ??= Read());

    /// <inheritdoc />
    public override string ToString() => "environment variables";

    private Credential Read()
    {
        var id = _environment(SecretIdVariable);
        var key = _environment(SecretKeyVariable);
        var hasId = !string.IsNullOrWhiteSpace(id);
        var hasKey = !string.IsNullOrEmpty(key);
        if (!hasId && !hasKey)
        {
            throw new CredentialUnavailableException(ToString(), $"{SecretIdVariable} and {SecretKeyVariable} are not set");
        }

        if (!hasId || !hasKey)
        {
            var (set, missing) = hasId ? (SecretIdVariable, SecretKeyVariable) : (SecretKeyVariable, SecretIdVariable);
            throw new CredentialRefreshException(ToString(), $"{set} is set but {missing} is not");
        }

        return new Credential(id!, key!, _environment(SessionTokenVariable));
    }
}
