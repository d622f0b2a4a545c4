using System;
using Microsoft.Extensions.Logging;

namespace TcApi.Credentials;

/// <summary>What the credential providers log: never a key or a token, only providers, expiries and reasons.</summary>
internal static partial class CredentialLog
{
    public const string Category = TcApi.Telemetry.TcApiDiagnostics.CredentialsLogCategory;

    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "{Provider}: new credentials, valid until {Expiration:u}.")]
    public static partial void Refreshed(ILogger logger, string provider, DateTimeOffset? expiration);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "{Provider}: refreshing the credentials failed ({Reason}); the current ones stay in use (valid until {Expiration:u}); next try after {RetryAfter:u}.")]
    public static partial void RefreshFailedKeptCurrent(ILogger logger, string provider, string reason, DateTimeOffset? expiration, DateTimeOffset retryAfter);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "{Provider}: no credentials ({Reason}).")]
    public static partial void RefreshFailed(ILogger logger, string provider, string reason);

    [LoggerMessage(EventId = 103, Level = LogLevel.Information, Message = "Credentials come from {Provider}; tried before: {Earlier}.")]
    public static partial void ChainSelected(ILogger logger, string provider, string earlier);
}
