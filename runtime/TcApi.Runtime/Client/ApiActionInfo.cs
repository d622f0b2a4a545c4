namespace TcApi.Client;

/// <summary>What the client needs to know about an action, from its spec.</summary>
/// <param name="Service">The service of the credential scope, e.g. <c>gaap</c>.</param>
/// <param name="Version">The API version, sent in X-TC-Version.</param>
/// <param name="Action">The action, sent in X-TC-Action.</param>
/// <param name="Idempotent">Whether a call that may have reached the service may be repeated.</param>
/// <param name="RateLimitPerSecond">The documented calls per second, or <see langword="null"/>.</param>
/// <param name="RegionRequired">Whether a call must name a region (X-TC-Region).</param>
public sealed record ApiActionInfo(string Service, string Version, string Action, bool Idempotent, int? RateLimitPerSecond, bool RegionRequired = false)
{
    /// <summary>
    /// Whether the action's input has a <c>ClientToken</c>, the service's idempotency key: the client fills a fresh one
    /// per call when the request leaves it empty, sends the same one on every attempt, and so retries a transport
    /// failure of the action as it would an idempotent one.
    /// </summary>
    public bool TakesClientToken { get; init; }
}
