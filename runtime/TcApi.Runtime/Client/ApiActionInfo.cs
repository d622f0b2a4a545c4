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
    /// <summary>The name Tencent's services give their idempotency key, which <see cref="TakesClientToken"/> assumes.</summary>
    public const string DefaultClientTokenMember = "ClientToken";

    /// <summary>
    /// The wire name of the input member that is the action's idempotency key (the spec's <c>clientToken</c>), or
    /// <see langword="null"/> when it has none: the client fills a fresh one per call when the request leaves it empty,
    /// sends the same one on every attempt, and so retries a transport failure of the action as it would an idempotent one.
    /// </summary>
    public string? ClientTokenMember { get; init; }

    /// <summary>
    /// Whether the action takes an idempotency key (<see cref="ClientTokenMember"/> is set). Setting it to
    /// <see langword="true"/> without naming the member names <see cref="DefaultClientTokenMember"/>.
    /// </summary>
    public bool TakesClientToken
    {
        get => ClientTokenMember is not null;
        init => ClientTokenMember = value ? ClientTokenMember ?? DefaultClientTokenMember : null;
    }
}
