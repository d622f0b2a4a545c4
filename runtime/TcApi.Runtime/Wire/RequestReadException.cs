using System;

namespace TcApi.Wire;

/// <summary>
/// A wire request could not be read as the action's request. <see cref="ErrorCode"/> is the code the service
/// answers with: <c>UnknownParameter</c>, <c>MissingParameter</c>, <c>InvalidParameterValue</c> or <c>InvalidParameter</c>.
/// </summary>
public sealed class RequestReadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RequestReadException(string errorCode, string path, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ErrorCode = errorCode;
        Path = path;
    }

    /// <summary>The service error code this failure corresponds to.</summary>
    public string ErrorCode { get; }

    /// <summary>JSON pointer to the offending member; empty for the whole body.</summary>
    public string Path { get; }
}
