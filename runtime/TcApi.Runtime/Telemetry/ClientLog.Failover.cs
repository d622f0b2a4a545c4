using Microsoft.Extensions.Logging;

namespace TcApi.Telemetry;

internal static partial class ClientLog
{
    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "{Service}/{Action}: the circuit breaker of {Endpoint} went from {From} to {To}.")]
    public static partial void CircuitChanged(ILogger logger, string service, string action, string endpoint, string from, string to);
}
