namespace TcApi.RoundTrip;

/// <summary>One example that did not simply round-trip, with why.</summary>
public sealed record RoundTripFinding(string Action, string Title, RoundTripOutcome Outcome, string Reason);

/// <summary>The round trip of one service version: examples by outcome, the findings, the time, or why it could not run.</summary>
public sealed record ServiceRoundTrip(
    string Service,
    string ApiVersion,
    IReadOnlyDictionary<RoundTripOutcome, int> Counts,
    IReadOnlyList<RoundTripFinding> Findings,
    TimeSpan Elapsed,
    TimeSpan Sending,
    string? Failure)
{
    public string Name => $"{Service} {ApiVersion}";

    public int Count(RoundTripOutcome outcome) => Counts.GetValueOrDefault(outcome);

    public int Examples => Counts.Values.Sum();

    public int RoundTripped => Counts.Where(c => c.Key.IsRoundTrip()).Sum(c => c.Value);
}
