using System.Collections.Generic;

namespace TcApi.Errors;

/// <summary>No provider of a credential chain applies. <see cref="Attempts"/> names each and why it did not.</summary>
public sealed class CredentialNotFoundException : CredentialException
{
    /// <summary>Creates the exception.</summary>
    public CredentialNotFoundException(IReadOnlyList<CredentialAttempt> attempts)
        : base("credential chain", "no provider applies", $"No credentials found. Tried: {string.Join("; ", attempts)}.")
    {
        Attempts = attempts;
    }

    /// <summary>Every provider tried, in order, and why it did not apply.</summary>
    public IReadOnlyList<CredentialAttempt> Attempts { get; }
}
