using System;
using TcApi.Errors;

namespace TcApi.Client;

/// <summary>
/// Decides whether a failed attempt is tried again and after what delay. The default (<see cref="Default"/>) retries
/// within <see cref="RetryOptions.MaxAttempts"/>, with exponential back-off and jitter, the failures
/// <see cref="IsRetryable"/> names. Derive from it and set <see cref="TencentCloudClientOptions.RetryPolicy"/> to
/// retry differently: never, a service's own busy code, with another back-off.
/// </summary>
/// <remarks>
/// One instance serves every call of the clients built with the options, at once: keep it free of per-call state.
/// Signing again after the service reported clock skew is not a retry and is not asked for.
/// </remarks>
public class RetryPolicy
{
    /// <summary>The policy the clients use unless told otherwise.</summary>
    public static RetryPolicy Default { get; } = new();

    /// <summary>
    /// Whether to try again after <see cref="RetryContext.Failure"/>. By default: while attempts remain, and when
    /// <see cref="IsRetryable"/> says the failure is worth it for the action — or it is a transport failure of an
    /// action that takes a <c>ClientToken</c> (<see cref="ApiActionInfo.TakesClientToken"/>), which every attempt
    /// carries, so the service does the work once.
    /// </summary>
    public virtual bool ShouldRetry(RetryContext context) =>
        context.Attempt < context.Options.MaxAttempts &&
        (IsRetryable(context.Failure, context.Action.Idempotent) ||
         (context.Action.TakesClientToken && context.Failure is TencentCloudTransportException));

    /// <summary>
    /// The wait before the attempt after <see cref="RetryContext.Attempt"/>: <see cref="RetryOptions.BaseDelay"/>
    /// doubled per attempt, no more than <see cref="RetryOptions.MaxDelay"/>, drawn from its upper half when
    /// <see cref="RetryOptions.Jitter"/> is on.
    /// </summary>
    public virtual TimeSpan Delay(RetryContext context)
    {
        var options = context.Options;
        var exponential = options.BaseDelay.TotalMilliseconds * Math.Pow(2, context.Attempt - 1);
        var capped = Math.Min(exponential, options.MaxDelay.TotalMilliseconds);
        var jittered = options.Jitter ? capped * (0.5 + (Random.Shared.NextDouble() * 0.5)) : capped;
        return TimeSpan.FromMilliseconds(jittered);
    }

    /// <summary>
    /// Whether <paramref name="failure"/> is worth another attempt. A request the service refused for its rate
    /// (<see cref="CommonErrorCode.RequestLimitExceeded"/> and every code under it, HTTP 429) or that never left is
    /// always; one the service may have processed (<see cref="CommonErrorCode.InternalError"/>,
    /// <see cref="CommonErrorCode.ServiceUnavailable"/>, HTTP 5xx, a timeout, a connection broken after sending) only
    /// when <paramref name="idempotent"/>: creating listeners twice is worse than an error. An answer that could not be
    /// read never is: it comes back the same, and the service has done the work.
    /// </summary>
    public static bool IsRetryable(TencentCloudException failure, bool idempotent) => failure switch
    {
        TencentCloudApiException api when IsRequestLimit(api) => true,
        TencentCloudApiException { CommonCode: CommonErrorCode.InternalError or CommonErrorCode.ServiceUnavailable } => idempotent,
        TencentCloudApiException => false,
        TencentCloudHttpException http when (int)http.StatusCode == 429 => true,
        TencentCloudHttpException http when (int)http.StatusCode >= 500 => idempotent,
        TencentCloudHttpException => false,
        TencentCloudTransportException transport => !transport.RequestMayHaveBeenSent || idempotent,
        ResponseFormatException => false,
        _ => false,
    };

    // RequestLimitExceeded and every code under it: the common sub-codes (UinLimitExceeded, ...) and any a service adds.
    private static bool IsRequestLimit(TencentCloudApiException api) =>
        api.RawCode.StartsWith(CommonErrorCode.RequestLimitExceeded.ToWireString(), StringComparison.Ordinal);
}
