using System;

namespace TcApi.Errors;

/// <summary>A provider handed the client a key that had already expired; the request was not signed with it.</summary>
public sealed class CredentialExpiredException : CredentialException
{
    /// <summary>Creates the exception.</summary>
    public CredentialExpiredException(string provider, DateTimeOffset expiration, DateTimeOffset now)
        : base(provider, Describe(expiration, now), $"{provider}: {Describe(expiration, now)}; the request was not sent.")
    {
        Expiration = expiration;
    }

    /// <summary>When the key expired.</summary>
    public DateTimeOffset Expiration { get; }

    private static string Describe(DateTimeOffset expiration, DateTimeOffset now) =>
        FormattableString.Invariant($"the credentials expired at {expiration:u}, before the request could be signed at {now:u}");
}
