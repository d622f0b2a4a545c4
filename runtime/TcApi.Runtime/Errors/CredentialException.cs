using System;

namespace TcApi.Errors;

/// <summary>
/// The base of the credential errors. A credential error concerns no single action, so <see cref="TencentCloudException.Action"/>
/// is empty. Messages name providers, variables, files and reasons, never a secret key or a session token.
/// </summary>
public abstract class CredentialException : TencentCloudException
{
    /// <summary>Creates the exception for <paramref name="provider"/>.</summary>
    protected CredentialException(string provider, string reason, string message, Exception? innerException = null)
        : base(string.Empty, message, innerException)
    {
        Provider = provider;
        Reason = reason;
    }

    /// <summary>The provider concerned, as it describes itself, e.g. <c>CVM instance role</c>.</summary>
    public string Provider { get; }

    /// <summary>Why it failed or did not apply.</summary>
    public string Reason { get; }
}
