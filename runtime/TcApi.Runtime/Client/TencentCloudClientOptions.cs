using System;

namespace TcApi.Client;

/// <summary>How a service client reaches and calls the service.</summary>
public sealed class TencentCloudClientOptions
{
    /// <summary>
    /// The endpoint: a host (<c>gaap.tencentcloudapi.com</c>, sent over https) or an absolute URL
    /// (<c>http://127.0.0.1:9000</c>). Plain http is allowed only to loopback addresses. Default: the spec's endpoint.
    /// </summary>
    public string? Endpoint { get; set; }

    /// <summary>
    /// The Host header to send and sign, when it differs from the endpoint's host (a client that dials 127.0.0.1
    /// but speaks to <c>gaap.tencentcloudapi.com</c>). The signed host never carries a port.
    /// </summary>
    public string? Host { get; set; }

    /// <summary>X-TC-Region, e.g. <c>ap-guangzhou</c>; not sent when null.</summary>
    public string? Region { get; set; }

    /// <summary>X-TC-Language: <c>zh-CN</c> or <c>en-US</c>; not sent when null.</summary>
    public string? Language { get; set; }

    /// <summary>The time one attempt may take, from sending to the end of the answer. Default 30 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether requests are validated before they are sent (and rejected without a call). Default on.</summary>
    public bool ValidateRequests { get; set; } = true;

    /// <summary>Whether calls wait (queue) to stay within each action's documented rate limit. Default on.</summary>
    public bool RateLimiting { get; set; } = true;

    /// <summary>Retries of failed attempts.</summary>
    public RetryOptions Retry { get; set; } = new();

    /// <summary>The largest answer read; a larger one is an error, not an allocation. Default 10 MiB.</summary>
    public int MaxResponseBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The clock: timestamps, timeouts, back-off. Tests pass a fake one.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>X-TC-RequestClient.</summary>
    public string RequestClient { get; set; } = "TcApi_0.1.0";
}

/// <summary>Bounded retries with exponential back-off and jitter.</summary>
public sealed class RetryOptions
{
    /// <summary>Attempts in all, the first included. 1 turns retries off. Default 3.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The delay before the first retry; it doubles for each further one. Default 200 ms.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest delay between attempts. Default 5 s.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Whether each delay is drawn at random from its upper half, so clients do not retry in step. Default on.</summary>
    public bool Jitter { get; set; } = true;
}
