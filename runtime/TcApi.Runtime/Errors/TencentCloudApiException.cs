using System;

namespace TcApi.Errors;

/// <summary>
/// The server answered a call with <c>Response.Error</c>. Generated service exceptions derive from this and add
/// the service's own typed code; codes neither the service nor the common list knows are kept in <see cref="RawCode"/>.
/// </summary>
public class TencentCloudApiException : TencentCloudException
{
    /// <summary>Creates the exception for an error returned by <paramref name="action"/>.</summary>
    public TencentCloudApiException(string action, ApiError error, string? requestId)
        : base(action, Describe(action, error, requestId))
    {
        RawCode = error.Code;
        ServerMessage = error.Message;
        RequestId = requestId;
        CommonCode = CommonErrorCodes.TryParse(error.Code, out var common) ? common : null;
    }

    /// <summary>The error code exactly as the server sent it.</summary>
    public string RawCode { get; }

    /// <summary>The code as a common API 3.0 error code, or <see langword="null"/> when it is not one.</summary>
    public CommonErrorCode? CommonCode { get; }

    /// <summary>The server's message.</summary>
    public string ServerMessage { get; }

    /// <summary>The RequestId of the failed call, for Tencent Cloud support; <see langword="null"/> when the server sent none.</summary>
    public string? RequestId { get; }

    private static string Describe(string action, ApiError error, string? requestId) =>
        $"{action} failed with {error.Code}: {error.Message} (RequestId {requestId ?? "absent"})";
}
