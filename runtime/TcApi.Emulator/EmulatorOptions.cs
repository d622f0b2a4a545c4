using TcApi.Signing;

namespace TcApi.Emulator;

/// <summary>How a <see cref="GaapEmulator"/> listens, whom it accepts, and its limits.</summary>
public sealed class EmulatorOptions
{
    /// <summary>The credential the emulator accepts when none is given. It is a test credential: it opens nothing.</summary>
    public static Credential TestCredential { get; } = new("AKIDTcApiEmulatorTestSecretId0000", "TcApiEmulatorTestSecretKey000000");

    /// <summary>The port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>The credential whose signatures are accepted.</summary>
    public Credential Credential { get; set; } = TestCredential;

    /// <summary>How many listeners one connection or connection group may hold.</summary>
    public int ListenerLimit { get; set; } = 20;

    /// <summary>
    /// Calls accepted per second of each action that documents a rate limit (CreateTCPListeners: 20);
    /// <see langword="null"/> keeps the documented limits, a load test may raise them.
    /// </summary>
    public int? RateLimitPerSecond { get; set; }

    /// <summary>The clock for timestamps and rate limiting.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The largest request body accepted.</summary>
    public int MaxRequestBytes { get; set; } = 10 * 1024 * 1024;
}
