namespace TcApi.Emulator.Cloud;

/// <summary>A request as the local cloud reads it, whoever carried it (the in-process handler or the server).</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Host">The Host the client sent (a port allowed).</param>
/// <param name="Header">A header's value by its lower-case name; empty when absent.</param>
/// <param name="Body">The body.</param>
internal sealed record CloudRequest(string Method, string Host, Func<string, string> Header, byte[] Body);

/// <summary>What to send back: an answer, or a fault to show instead.</summary>
internal sealed record CloudAnswer(byte[] Body, string ContentType = "application/json", Fault? Fault = null, TimeSpan Delay = default)
{
    public bool IsEventStream => ContentType == "text/event-stream";
}
