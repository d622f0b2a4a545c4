using System;
using System.Globalization;

namespace TcApi.Credentials.Sts;

/// <summary>What the two role providers share: the duration's range and the default session name.</summary>
internal static class RoleSession
{
    /// <summary>STS's longest session.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromSeconds(43200);

    public static int Seconds(TimeSpan duration, string parameter) =>
        duration > TimeSpan.Zero && duration <= MaxDuration
            ? (int)Math.Ceiling(duration.TotalSeconds)
            : throw new ArgumentOutOfRangeException(parameter, duration, "A role session lasts more than 0 and at most 43200 seconds (12 hours).");

    /// <summary><c>tcapi-</c> and the Unix time in milliseconds, as the official SDKs name theirs.</summary>
    public static string DefaultName(TimeProvider time) =>
        "tcapi-" + time.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
}
