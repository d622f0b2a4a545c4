using System;
using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace TcApi.Client;

/// <summary>
/// One queueing limiter per action of a service, at the action's documented calls per second. Clients built from one
/// options object share it, so the key is the service and the action: cvm's and lighthouse's DescribeInstances are
/// limited apart, while two versions of one service's action share the service's limit.
/// </summary>
internal sealed class ActionRateLimiters
{
    private const int Segments = 20;
    private readonly ConcurrentDictionary<(string Service, string Action), RateLimiter> _limiters = new();

    public RateLimiter? For(ApiActionInfo action) =>
        action.RateLimitPerSecond is { } perSecond ? _limiters.GetOrAdd((action.Service, action.Action), _ => Create(perSecond)) : null;

    private static RateLimiter Create(int perSecond) =>
        // A permit leaves the window one segment after a full second has passed, so no second-long span, however
        // aligned, holds more than perSecond calls: the service counts in a sliding second.
        new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = perSecond,
            Window = TimeSpan.FromMilliseconds(1000 + (1000 / Segments)),
            SegmentsPerWindow = Segments + 1,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            QueueLimit = int.MaxValue,
            AutoReplenishment = true,
        });
}
