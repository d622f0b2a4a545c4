using System;

namespace TcApi.Constraints;

/// <summary>The name of a member in the wire JSON, which messages and JSON pointers use.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class WireNameAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public WireNameAttribute(string name) => Name = name;

    /// <summary>The wire name.</summary>
    public string Name { get; }
}
