using System;
using System.Collections.Generic;

namespace TcApi.Errors;

/// <summary>
/// A provider that applies could not produce credentials: a malformed profile file, a metadata service or STS that
/// failed, an expiry already past. <see cref="EarlierAttempts"/> lists the providers a chain tried before it.
/// </summary>
public sealed class CredentialRefreshException : CredentialException
{
    /// <summary>Creates the exception.</summary>
    public CredentialRefreshException(string provider, string reason, Exception? innerException = null)
        : this(provider, reason, Array.Empty<CredentialAttempt>(), innerException)
    {
    }

    /// <summary>Creates the exception with the providers a chain tried before <paramref name="provider"/>.</summary>
    public CredentialRefreshException(string provider, string reason, IReadOnlyList<CredentialAttempt> earlierAttempts, Exception? innerException = null)
        : base(provider, reason, Describe(provider, reason, earlierAttempts), innerException)
    {
        EarlierAttempts = earlierAttempts;
    }

    /// <summary>The providers tried before this one, and why each did not apply; empty outside a chain.</summary>
    public IReadOnlyList<CredentialAttempt> EarlierAttempts { get; }

    private static string Describe(string provider, string reason, IReadOnlyList<CredentialAttempt> earlier) =>
        $"Credentials from {provider} could not be obtained: {reason}" +
        (earlier.Count == 0 ? string.Empty : $" (tried before: {string.Join("; ", earlier)})");
}
