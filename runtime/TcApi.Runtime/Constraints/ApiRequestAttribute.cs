using System;

namespace TcApi.Constraints;

/// <summary>Marks a generated request type and names the service, API version and action it belongs to.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ApiRequestAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public ApiRequestAttribute(string service, string version, string action)
    {
        Service = service;
        Version = version;
        Action = action;
    }

    /// <summary>The service, e.g. <c>gaap</c>.</summary>
    public string Service { get; }

    /// <summary>The API version, e.g. <c>2018-05-29</c>.</summary>
    public string Version { get; }

    /// <summary>The action, e.g. <c>CreateTCPListeners</c>.</summary>
    public string Action { get; }
}
