using System;

namespace TcApi.Errors;

/// <summary>
/// The server answered a call with <c>Response.Error</c>. Generated service exceptions derive from this and add
/// the service's own typed code; codes neither the service nor the common list knows are kept in <see cref="RawCode"/>.
/// </summary>
public class TencentCloudApiException : TencentCloudException
{
    private string _serverMessage;

    /// <summary>Creates the exception for an error returned by <paramref name="action"/>.</summary>
    public TencentCloudApiException(string action, ApiError error, string? requestId)
        : base(action, Describe(action, error.Code, error.Message, requestId))
    {
        RawCode = error.Code;
        _serverMessage = error.Message;
        RequestId = requestId;
        CommonCode = CommonErrorCodes.TryParse(error.Code, out var common) ? common : null;
    }

    /// <summary>The error code exactly as the server sent it.</summary>
    public string RawCode { get; }

    /// <summary>The code as a common API 3.0 error code, or <see langword="null"/> when it is not one.</summary>
    public CommonErrorCode? CommonCode { get; }

    /// <summary>The server's message; a secret the call carried (a key, a token) that it quotes back is shown as <c>(hidden)</c>.</summary>
    public string ServerMessage => _serverMessage;

    /// <summary>The RequestId of the failed call, for Tencent Cloud support; <see langword="null"/> when the server sent none.</summary>
    public string? RequestId { get; }

    /// <inheritdoc />
    public override string Message => Describe(Action, RawCode, _serverMessage, RequestId);

    /// <summary>
    /// Blanks secrets out of the server's message before anyone sees the exception — in place, so the generated type and
    /// its typed code stay.
    /// </summary>
    internal void RedactServerMessage(Func<string, string> redact) => _serverMessage = redact(_serverMessage);

    private static string Describe(string action, string code, string message, string? requestId) =>
        $"{action} failed with {code}: {message} (RequestId {requestId ?? "absent"})";
}
