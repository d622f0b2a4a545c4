using System;
using System.Diagnostics;
using System.Net;
using System.Threading.Tasks;
using TcApi.Errors;
using TcApi.Telemetry;

namespace TcApi.Client.Pipeline;

/// <summary>
/// Chooses the endpoint of an attempt when the client has a backup (<see cref="TencentCloudClientOptions.BackupEndpoint"/>):
/// the primary while its circuit breaker lets attempts through, else the backup while its breaker does, else the primary
/// (a client never refuses a call by itself). Tells the chosen endpoint's breaker how the attempt went — a transport
/// failure, a timeout or a 5xx counts against it; any other answer for it — and traces the endpoint and each change of
/// a breaker's state.
/// </summary>
internal sealed class FailoverStep(Endpoint primary, CircuitBreaker primaryBreaker, Endpoint backup, CircuitBreaker backupBreaker, ClientTelemetry telemetry) : ClientStep
{
    public override async ValueTask RunAsync(AttemptContext context)
    {
        var attempt = context.CallActivity is null ? null : Activity.Current;
        var (endpoint, breaker, trial) = Choose(context, attempt);
        context.Endpoint = endpoint;
        telemetry.EndpointChosen(attempt, context.Action, endpoint, ReferenceEquals(endpoint, backup));
        try
        {
            await RunNextAsync(context).ConfigureAwait(false);
        }
        catch (Exception e) when (CountsAgainst(e))
        {
            Report(context, attempt, endpoint, breaker.Failed(trial));
            throw;
        }
        catch (TencentCloudException)
        {
            Report(context, attempt, endpoint, breaker.Succeeded(trial));
            throw;
        }
        catch
        {
            breaker.Abandoned(trial);
            throw;
        }

        Report(context, attempt, endpoint, breaker.Succeeded(trial));
    }

    private static bool CountsAgainst(Exception failure) => failure switch
    {
        TencentCloudTransportException => true,
        TencentCloudHttpException http => (int)http.StatusCode >= (int)HttpStatusCode.InternalServerError,
        _ => false,
    };

    private (Endpoint Endpoint, CircuitBreaker Breaker, bool Trial) Choose(AttemptContext context, Activity? attempt)
    {
        if (primaryBreaker.TryEnter(out var trial, out var transition))
        {
            Report(context, attempt, primary, transition);
            return (primary, primaryBreaker, trial);
        }

        if (backupBreaker.TryEnter(out trial, out transition))
        {
            Report(context, attempt, backup, transition);
            return (backup, backupBreaker, trial);
        }

        // Both open: the primary, as if there were no breakers; its outcome changes no state until its pause ends.
        return (primary, primaryBreaker, false);
    }

    private void Report(AttemptContext context, Activity? attempt, Endpoint endpoint, CircuitTransition? transition)
    {
        if (transition is { } change)
        {
            telemetry.CircuitChanged(attempt, context.Action, endpoint, change);
        }
    }
}
