using TcApi.Tests.Nested.V20250101;

namespace TcApi.Binding.Tests.Nested;

/// <summary>A valid request of the nested fixture, to break one thing at a time.</summary>
internal static class NestedRequests
{
    public static Target Target() => new() { Address = "10.0.0.1", Port = 80, Weight = 10, Role = "master", Ratio = 0.5 };

    public static Listener Listener(params Target[] targets) => new()
    {
        Name = "web",
        Protocol = Protocol.Tcp,
        Targets = targets.Length == 0 ? [Target()] : targets,
        Health = new HealthOptions { Interval = 10, Timeout = 5, Enabled = true },
        Tags = ["a", "b"],
    };

    public static CreateListenersRequest Valid(params Listener[] listeners) => new()
    {
        Listeners = listeners.Length == 0 ? [Listener()] : listeners,
        ProxyId = "link-1",
    };
}
