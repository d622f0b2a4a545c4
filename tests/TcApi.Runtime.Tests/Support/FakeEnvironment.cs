namespace TcApi.Runtime.Tests.Support;

/// <summary>Environment variables for one test, so tests never touch the process environment (they run in parallel).</summary>
public sealed class FakeEnvironment(Dictionary<string, string>? variables = null)
{
    public Dictionary<string, string> Variables { get; } = variables ?? new();

    public string? Get(string name) => Variables.TryGetValue(name, out var value) ? value : null;
}
