using System;

namespace TcApi.Constraints;

/// <summary>
/// Marks a generated data object that requests use, so tools such as the TcApi analyzer check its constraints
/// wherever it is constructed.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ApiObjectAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public ApiObjectAttribute(string service, string version, string name)
    {
        Service = service;
        Version = version;
        Name = name;
    }

    /// <summary>The service, e.g. <c>gaap</c>.</summary>
    public string Service { get; }

    /// <summary>The API version, e.g. <c>2018-05-29</c>.</summary>
    public string Version { get; }

    /// <summary>The object's name in the spec, e.g. <c>RealServerBindSet</c>.</summary>
    public string Name { get; }
}
