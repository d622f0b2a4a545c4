using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Threading;
using Microsoft.Extensions.Logging;
using TcApi.Client;
using TcApi.Errors;
using TcApi.Validation;

namespace TcApi.Telemetry;

/// <summary>
/// One client's spans, measurements and log lines. Every method first asks whether anything listens
/// (<see cref="ActivitySource.HasListeners"/>, <c>Instrument.Enabled</c>, <see cref="ILogger.IsEnabled"/>),
/// so a call nobody observes pays a few branches and allocates nothing.
/// </summary>
internal sealed partial class ClientTelemetry
{
    public static readonly string Version = typeof(ClientTelemetry).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    private static readonly ActivitySource Source = new(TcApiDiagnostics.ActivitySourceName, Version);
    private const int MaxLoggedBodyBytes = 16 * 1024;

    private readonly ClientInstruments _instruments;
    private readonly TimeProvider _time;
    private readonly string _host;
    private readonly object _port;
    private readonly bool _logBodies;
    private MethodName? _lastMethod;

    public ClientTelemetry(ClientInstruments instruments, Uri address, ILogger logger, bool logBodies, TimeProvider time)
    {
        _instruments = instruments;
        _time = time;
        _host = address.Host;
        _port = address.Port;
        Logger = logger;
        _logBodies = logBodies;
    }

    public ILogger Logger { get; }

    /// <summary>A timestamp to measure the call from, when its duration is measured.</summary>
    public long CallStarted() => _instruments.CallDuration.Enabled ? _time.GetTimestamp() : 0;

    /// <summary>A timestamp to measure a rate-limiter wait from, when waits are measured.</summary>
    public long WaitStarted() => _instruments.RateLimiterWait.Enabled ? _time.GetTimestamp() : 0;

    /// <summary>The call's span, named after its <c>rpc.method</c>; the attributes samplers may look at are given at its start.</summary>
    public Activity? StartCall(ApiActionInfo action, string? region)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var activity = Source.StartActivity(Method(action), ActivityKind.Client, parentContext: default, tags: Tags(action));
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(TelemetryTags.ApiVersion, action.Version);
            if (region is not null)
            {
                activity.SetTag(TelemetryTags.CloudRegion, region);
            }
        }

        return activity;
    }

    /// <summary>A span for one attempt, under the call's span; none when the call has none.</summary>
    public Activity? StartAttempt(Activity? call, ApiActionInfo action, int attempt)
    {
        if (call is null)
        {
            return null;
        }

        var activity = Source.StartActivity(Method(action) + " attempt", ActivityKind.Internal);
        activity?.SetTag(TelemetryTags.Attempt, attempt);
        return activity;
    }

    public void RateLimiterWaited(ApiActionInfo action, long started)
    {
        if (started != 0 && _instruments.RateLimiterWait.Enabled)
        {
            _instruments.RateLimiterWait.Record(_time.GetElapsedTime(started).TotalSeconds, Tags(action));
        }
    }

    public void AttemptEnded(Activity? activity, ApiActionInfo action, Exception? failure, string? requestId)
    {
        if (_instruments.Attempts.Enabled)
        {
            var tags = Tags(action);
            if (failure is not null)
            {
                AddFailure(ref tags, failure);
            }

            _instruments.Attempts.Add(1, tags);
        }

        if (activity is not null)
        {
            End(activity, failure, requestId);
        }
    }

    public void Repeating(Activity? call, ApiActionInfo action, int attempt, Exception failure, TimeSpan delay)
    {
        if (_instruments.Retries.Enabled)
        {
            var tags = Tags(action);
            AddFailure(ref tags, failure);
            _instruments.Retries.Add(1, tags);
        }

        call?.SetTag(TelemetryTags.RetryCount, attempt);
        if (Logger.IsEnabled(LogLevel.Warning))
        {
            ClientLog.RetryScheduled(Logger, action.Service, action.Action, attempt, ErrorType(failure), (long)delay.TotalMilliseconds);
        }
    }

    public void Resigning(Activity? call, ApiActionInfo action, int attempt, Exception failure, long skewSeconds)
    {
        if (_instruments.Retries.Enabled)
        {
            var tags = Tags(action);
            AddFailure(ref tags, failure);
            _instruments.Retries.Add(1, tags);
        }

        call?.SetTag(TelemetryTags.RetryCount, attempt);
        if (Logger.IsEnabled(LogLevel.Warning))
        {
            ClientLog.Resigning(Logger, action.Service, action.Action, skewSeconds);
        }
    }

    public void CallEnded(Activity? activity, ApiActionInfo action, long started, int attempts, Exception? failure, string? requestId)
    {
        if (started != 0 && _instruments.CallDuration.Enabled)
        {
            var tags = Tags(action);
            if (failure is not null)
            {
                AddFailure(ref tags, failure);
            }

            _instruments.CallDuration.Record(_time.GetElapsedTime(started).TotalSeconds, tags);
        }

        if (failure is not null)
        {
            if (_instruments.Errors.Enabled)
            {
                var tags = Tags(action);
                AddFailure(ref tags, failure);
                _instruments.Errors.Add(1, tags);
            }

            if (Logger.IsEnabled(LogLevel.Debug))
            {
                ClientLog.CallFailed(Logger, action.Service, action.Action, attempts, ErrorType(failure));
            }
        }

        if (activity is not null)
        {
            End(activity, failure, requestId);
        }
    }

    public void ValidationWarnings(ApiActionInfo action, IReadOnlyList<ValidationViolation> warnings)
    {
        if (Logger.IsEnabled(LogLevel.Warning))
        {
            // Paths and rule ids only: a violation's message quotes the value, which is part of the body.
            var where = new StringBuilder();
            foreach (var warning in warnings)
            {
                where.Append(where.Length == 0 ? string.Empty : ", ").Append(warning.Path).Append(" [").Append(warning.RuleId).Append(']');
            }

            ClientLog.ValidationWarnings(Logger, action.Service, action.Action, warnings.Count, where.ToString());
        }
    }

    public void RequestBody(ApiActionInfo action, byte[] body)
    {
        if (_logBodies && Logger.IsEnabled(LogLevel.Debug))
        {
            ClientLog.RequestBody(Logger, action.Service, action.Action, Text(new ArraySegment<byte>(body)));
        }
    }

    public void ResponseBody(ApiActionInfo action, ArraySegment<byte> body)
    {
        if (_logBodies && Logger.IsEnabled(LogLevel.Debug))
        {
            ClientLog.ResponseBody(Logger, action.Service, action.Action, Text(body));
        }
    }

    /// <summary>The service's error code, the HTTP status, or the exception's type.</summary>
    public static string ErrorType(Exception failure) => failure switch
    {
        TencentCloudApiException api => api.RawCode,
        TencentCloudHttpException http => ((int)http.StatusCode).ToString(CultureInfo.InvariantCulture),
        _ => failure.GetType().FullName ?? failure.GetType().Name,
    };

    /// <summary>The RequestId an exception carries, if any.</summary>
    public static string? RequestIdOf(Exception failure) => failure switch
    {
        TencentCloudApiException api => api.RequestId,
        ResponseFormatException format => format.RequestId,
        _ => null,
    };

    /// <summary>The service's error code when it answered one: <c>rpc.response.status_code</c>.</summary>
    public static string? StatusCode(Exception failure) => (failure as TencentCloudApiException)?.RawCode;

    /// <summary><c>rpc.method</c>: <c>service/Action</c>, made once per action a client calls in a row.</summary>
    private string Method(ApiActionInfo action)
    {
        var last = Volatile.Read(ref _lastMethod);
        if (last is null || !ReferenceEquals(last.Action, action))
        {
            last = new MethodName(action, action.Service + "/" + action.Action);
            Volatile.Write(ref _lastMethod, last);
        }

        return last.Name;
    }

    private TagList Tags(ApiActionInfo action) => new()
    {
        { TelemetryTags.RpcSystemName, TcApiDiagnostics.RpcSystemName },
        { TelemetryTags.RpcMethod, Method(action) },
        { TelemetryTags.ServerAddress, _host },
        { TelemetryTags.ServerPort, _port },
    };

    private static void AddFailure(ref TagList tags, Exception failure)
    {
        tags.Add(TelemetryTags.ErrorType, ErrorType(failure));
        if (StatusCode(failure) is { } code)
        {
            tags.Add(TelemetryTags.RpcResponseStatusCode, code);
        }
    }

    private static void End(Activity activity, Exception? failure, string? requestId)
    {
        if (requestId is not null)
        {
            activity.SetTag(TelemetryTags.RequestId, requestId);
        }

        if (failure is not null)
        {
            activity.SetTag(TelemetryTags.ErrorType, ErrorType(failure));
            if (StatusCode(failure) is { } code)
            {
                activity.SetTag(TelemetryTags.RpcResponseStatusCode, code);
            }

            activity.SetStatus(ActivityStatusCode.Error, failure.Message);
        }

        activity.Dispose();
    }

    private sealed record MethodName(ApiActionInfo Action, string Name);

    private static string Text(ArraySegment<byte> body) =>
        body.Count <= MaxLoggedBodyBytes
            ? Encoding.UTF8.GetString(body.Array!, body.Offset, body.Count)
            : Encoding.UTF8.GetString(body.Array!, body.Offset, MaxLoggedBodyBytes) + $"… ({body.Count} bytes)";
}
