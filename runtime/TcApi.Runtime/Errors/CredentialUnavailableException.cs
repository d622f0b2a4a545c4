using System;

namespace TcApi.Errors;

/// <summary>
/// A provider does not apply here: its variables are not set, its file does not exist, no role is bound. A credential
/// chain moves on to its next provider.
/// </summary>
public sealed class CredentialUnavailableException : CredentialException
{
    /// <summary>Creates the exception.</summary>
    public CredentialUnavailableException(string provider, string reason, Exception? innerException = null)
        : base(provider, reason, $"{provider}: {reason}", innerException)
    {
    }
}
