using System.Diagnostics;
using TcApi.Client;

namespace TcApi.Telemetry;

internal sealed partial class ClientTelemetry
{
    /// <summary>The endpoint an attempt of a client with a backup goes to: on its span, and counted when it is the backup.</summary>
    public void EndpointChosen(Activity? attempt, ApiActionInfo action, Endpoint endpoint, bool backup)
    {
        if (attempt is { IsAllDataRequested: true })
        {
            attempt.SetTag(TelemetryTags.Endpoint, backup ? "backup" : "primary");
            attempt.SetTag(TelemetryTags.ServerAddress, endpoint.Address.Host);
            attempt.SetTag(TelemetryTags.ServerPort, endpoint.Address.Port);
        }

        if (backup && _instruments.FailoverAttempts.Enabled)
        {
            _instruments.FailoverAttempts.Add(1, new TagList
            {
                { TelemetryTags.RpcSystemName, TcApiDiagnostics.RpcSystemName },
                { TelemetryTags.RpcMethod, Method(action) },
                { TelemetryTags.ServerAddress, endpoint.Address.Host },
                { TelemetryTags.ServerPort, endpoint.Address.Port },
            });
        }
    }

    /// <summary>A breaker changed state: an event on the attempt's span, a measurement and a log line.</summary>
    public void CircuitChanged(Activity? attempt, ApiActionInfo action, Endpoint endpoint, CircuitTransition transition)
    {
        var host = endpoint.Address.Host;
        var to = Name(transition.To);
        var from = Name(transition.From);
        attempt?.AddEvent(new ActivityEvent("tencentcloud.circuit_breaker", tags: new ActivityTagsCollection
        {
            { TelemetryTags.ServerAddress, host },
            { TelemetryTags.ServerPort, endpoint.Address.Port },
            { TelemetryTags.CircuitPreviousState, from },
            { TelemetryTags.CircuitState, to },
        }));
        if (_instruments.CircuitTransitions.Enabled)
        {
            _instruments.CircuitTransitions.Add(1, new TagList
            {
                { TelemetryTags.RpcSystemName, TcApiDiagnostics.RpcSystemName },
                { TelemetryTags.ServerAddress, host },
                { TelemetryTags.ServerPort, endpoint.Address.Port },
                { TelemetryTags.CircuitState, to },
            });
        }

        ClientLog.CircuitChanged(Logger, action.Service, action.Action, endpoint.Address.GetLeftPart(System.UriPartial.Authority), from, to);
    }

    private static string Name(CircuitState state) => state switch
    {
        CircuitState.Open => "open",
        CircuitState.HalfOpen => "half_open",
        _ => "closed",
    };
}
