using System;

namespace TcApi.Wire;

/// <summary>Reads a whole response envelope (a generated <c>Response.Read</c>).</summary>
public delegate T ResponseParser<out T>(ReadOnlySpan<byte> utf8Json);

/// <summary>Reads a whole request body (a generated <c>Request.ReadFrom</c>).</summary>
public delegate T RequestParser<out T>(ReadOnlySpan<byte> utf8Json);
