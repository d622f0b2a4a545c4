using System;

namespace TcApi.Wire;

/// <summary>A generated response of one action.</summary>
public interface IApiResponse<TSelf>
    where TSelf : IApiResponse<TSelf>
{
    /// <summary>Reads the response envelope; throws the service's API exception for <c>Response.Error</c>.</summary>
    static abstract TSelf Read(ReadOnlySpan<byte> utf8Json);
}
