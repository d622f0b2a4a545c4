using System;
using Microsoft.Extensions.Logging;

namespace TcApi.Credentials;

/// <summary>When providers of temporary credentials refresh them, on which clock, and where they log it.</summary>
public sealed class CredentialRefreshOptions
{
    /// <summary>Credentials expiring within this are refreshed before they are handed out. Default 5 minutes.</summary>
    public TimeSpan RefreshBefore { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The least time credentials must still be valid to be handed out: when a refresh fails, the current credentials
    /// stay in use only while they have more than this left. Default 1 minute, far more than a request takes to leave.
    /// </summary>
    public TimeSpan MinimumValidity { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>After a failed refresh that left usable credentials, how long before the next try. Default 10 seconds.</summary>
    public TimeSpan RetryAfterFailure { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The clock expiries are compared with. Tests pass a fake one.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Where refreshes and their failures are logged (category <c>TcApi.Credentials</c>); none when null.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    internal void Validate()
    {
        if (MinimumValidity < TimeSpan.Zero || RefreshBefore < MinimumValidity || RetryAfterFailure < TimeSpan.Zero)
        {
            throw new ArgumentException($"Credential refresh: need 0 <= MinimumValidity ({MinimumValidity}) <= RefreshBefore ({RefreshBefore}) and RetryAfterFailure ({RetryAfterFailure}) >= 0.");
        }

        ArgumentNullException.ThrowIfNull(TimeProvider);
    }
}
