using System;

namespace TcApi.Wire;

/// <summary>A value in wire JSON has the wrong type or is out of range for its member. Readers translate it.</summary>
public sealed class WireFormatException : Exception
{
    /// <summary>Creates the exception for the value at <paramref name="path"/>.</summary>
    public WireFormatException(string path, string reason)
        : base($"{path}: {reason}")
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>JSON pointer to the value.</summary>
    public string Path { get; }

    /// <summary>What is wrong with it.</summary>
    public string Reason { get; }
}
