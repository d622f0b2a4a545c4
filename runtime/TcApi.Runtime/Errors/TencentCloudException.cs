using System;

namespace TcApi.Errors;

/// <summary>The base of every exception TcApi throws about a call, so one <c>catch</c> can handle them all.</summary>
public abstract class TencentCloudException : Exception
{
    /// <summary>Creates the exception for <paramref name="action"/>.</summary>
    protected TencentCloudException(string action, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Action = action;
    }

    /// <summary>The action that was called.</summary>
    public string Action { get; }
}
