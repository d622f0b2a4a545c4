using System;

namespace TcApi.Client.Streaming;

/// <summary>
/// Reads one event of a streamed answer (a generated <c>Response.ReadEvent</c>); <paramref name="requestId"/> is the
/// stream's, from its <c>X-TC-RequestId</c> header.
/// </summary>
public delegate T StreamEventParser<out T>(ReadOnlySpan<byte> utf8Json, string? requestId);
