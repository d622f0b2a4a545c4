namespace TcApi.Errors;

/// <summary>The <c>Response.Error</c> object of a failed call, as the server sent it.</summary>
/// <param name="Code">The raw error code, e.g. <c>InvalidParameterValue.DuplicatedListenerPort</c>.</param>
/// <param name="Message">The server's message.</param>
public sealed record ApiError(string Code, string Message);
