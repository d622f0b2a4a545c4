namespace TcApi.Generator.Model;

/// <summary>
/// An action that can answer with server-sent events: the client gets a streamed call beside the ordinary one.
/// <see cref="RequestFlagProperty"/> is the C# name of the boolean input member the streamed call sets to
/// <see langword="true"/> (the action streams only when asked), or <see langword="null"/> when it always streams.
/// </summary>
internal sealed record StreamingModel(string? RequestFlagProperty);
