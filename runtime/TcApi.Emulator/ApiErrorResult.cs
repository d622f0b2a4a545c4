namespace TcApi.Emulator;

/// <summary>An API 3.0 error the emulator answers with, as the service does: HTTP 200 and Response.Error.</summary>
internal sealed class ApiErrorResult : Exception
{
    public ApiErrorResult(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public string Code { get; }
}
