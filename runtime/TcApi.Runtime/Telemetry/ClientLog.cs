using Microsoft.Extensions.Logging;

namespace TcApi.Telemetry;

/// <summary>What the client logs: its decisions, never a key or a token, and bodies only when asked for.</summary>
internal static partial class ClientLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "{Service}/{Action}: attempt {Attempt} failed with {ErrorType}; retrying in {DelayMilliseconds} ms.")]
    public static partial void RetryScheduled(ILogger logger, string service, string action, int attempt, string errorType, long delayMilliseconds);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "{Service}/{Action}: the signature expired because the local clock is {SkewSeconds} s off the service's; signing again with the service's time.")]
    public static partial void Resigning(ILogger logger, string service, string action, long skewSeconds);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "{Service}/{Action}: failed after {Attempts} attempt(s) with {ErrorType}.")]
    public static partial void CallFailed(ILogger logger, string service, string action, int attempts, string errorType);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "{Service}/{Action}: request body {Body}")]
    public static partial void RequestBody(ILogger logger, string service, string action, string body);

    [LoggerMessage(EventId = 5, Level = LogLevel.Debug, Message = "{Service}/{Action}: response body {Body}")]
    public static partial void ResponseBody(ILogger logger, string service, string action, string body);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "{Service}/{Action}: the request breaks {Count} warning-severity constraint(s), which the service may not enforce; sending it: {Violations}")]
    public static partial void ValidationWarnings(ILogger logger, string service, string action, int count, string violations);
}
