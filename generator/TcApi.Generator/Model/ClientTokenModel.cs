namespace TcApi.Generator.Model;

/// <summary>
/// The action's idempotency key: the string input member (<see cref="WireName"/>) the service uses to recognise a
/// repeated call. The client fills a fresh one per call when the request leaves it empty, sends the same one on every
/// attempt, and so retries a transport failure of the action.
/// </summary>
internal sealed record ClientTokenModel(string WireName);
