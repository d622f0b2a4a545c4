using System;

namespace TcApi.Constraints;

/// <summary>The wire value of a generated enum member, for messages and tools that read metadata.</summary>
[AttributeUsage(AttributeTargets.Field, Inherited = false)]
public sealed class WireValueAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public WireValueAttribute(string value) => Value = value;

    /// <summary>The wire value, as text (<c>rr</c>, <c>1</c>).</summary>
    public string Value { get; }
}
