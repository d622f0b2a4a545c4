using TcApi.Signing;

namespace TcApi.Emulator.Cloud;

/// <summary>Whom a <see cref="LocalCloud"/> accepts, how strictly it reads, and how it makes answers up.</summary>
public sealed class LocalCloudOptions
{
    /// <summary>The credential whose signatures are accepted (by default the fixed test credential, which opens nothing).</summary>
    public Credential Credential { get; set; } = EmulatorOptions.TestCredential;

    /// <summary>The clock for signature timestamps, rate limits and call times.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Reject requests that break a constraint only the documentation states (mined from its prose, severity warning)
    /// or name a value outside a documented enumeration. Off by default: the service may well accept them.
    /// </summary>
    public bool EnforceDocumentedConstraints { get; set; }

    /// <summary>Calls per second of every action that documents a rate limit; <see langword="null"/> keeps the documented ones.</summary>
    public int? RateLimitPerSecond { get; set; }

    /// <summary>Answer from the response's types even where a published example exists (tests of code that must not depend on the examples' values).</summary>
    public bool SynthesiseAnswers { get; set; }

    /// <summary>The seed of synthesised answers: the same seed, the same answers.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>How many calls <see cref="LocalCloud.Calls"/> keeps (the latest): a long-running server or a load test stays bounded.</summary>
    public int MaxRecordedCalls { get; set; } = 10_000;

    /// <summary>The largest request body accepted (the standalone server).</summary>
    public int MaxRequestBytes { get; set; } = 10 * 1024 * 1024;
}
