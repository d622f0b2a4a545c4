using System;
using TcApi.Errors;

namespace TcApi.Client;

/// <summary>
/// Which failures are retried, and the back-off between attempts. Anything that may have been processed by the service
/// is retried only for idempotent actions: creating listeners twice is worse than an error. An answer that could not
/// be read never is: it comes back the same, and the service has done the work.
/// </summary>
internal static class RetryPolicy
{
    public static bool ShouldRetry(Exception failure, bool idempotent) => failure switch
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

    /// <summary>The delay before attempt <paramref name="attempt"/> + 1.</summary>
    public static TimeSpan Delay(RetryOptions options, int attempt)
    {
        var exponential = options.BaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1);
        var capped = Math.Min(exponential, options.MaxDelay.TotalMilliseconds);
        var jittered = options.Jitter ? capped * (0.5 + (Random.Shared.NextDouble() * 0.5)) : capped;
        return TimeSpan.FromMilliseconds(jittered);
    }

    // RequestLimitExceeded and every code under it: the common sub-codes (UinLimitExceeded, ...) and any a service adds.
    private static bool IsRequestLimit(TencentCloudApiException api) =>
        api.RawCode.StartsWith(CommonErrorCode.RequestLimitExceeded.ToWireString(), StringComparison.Ordinal);
}
