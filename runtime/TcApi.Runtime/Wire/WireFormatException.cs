using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TcApi.Wire;

/// <summary>
/// A value in wire JSON has the wrong type, is out of range, is missing or is not a member of the action. The readers
/// throw it at the value and prefix the path as it leaves each object and list, so <see cref="Path"/> is the full JSON
/// pointer (<c>/RealServerBindSet/2/RealServerWeight</c>). Request and response readers translate it.
/// </summary>
public sealed class WireFormatException : Exception
{
    // Innermost first: segments are added while the exception unwinds outwards.
    private readonly List<string> _segments = new(4);

    /// <summary>Creates the exception for the value of <paramref name="member"/> (none when empty).</summary>
    public WireFormatException(string member, string reason, string code = "InvalidParameterValue")
    {
        if (member.Length > 0)
        {
            _segments.Add(member);
        }

        Reason = reason;
        Code = code;
    }

    /// <summary>JSON pointer to the value; empty for the whole document.</summary>
    public string Path
    {
        get
        {
            if (_segments.Count == 0)
            {
                return string.Empty;
            }

            var path = new StringBuilder();
            for (var i = _segments.Count - 1; i >= 0; i--)
            {
                path.Append('/').Append(_segments[i]);
            }

            return path.ToString();
        }
    }

    /// <summary>What is wrong with it.</summary>
    public string Reason { get; }

    /// <summary>
    /// The service error code the problem corresponds to: <c>InvalidParameterValue</c>, <c>MissingParameter</c> or
    /// <c>UnknownParameter</c>.
    /// </summary>
    public string Code { get; }

    /// <inheritdoc />
    public override string Message => (Path.Length == 0 ? "/" : Path) + ": " + Reason;

    /// <summary>Records that the value lies within <paramref name="member"/>; returns this exception.</summary>
    public WireFormatException Within(string member)
    {
        _segments.Add(member);
        return this;
    }

    /// <summary>Records that the value lies within item <paramref name="index"/> of a list; returns this exception.</summary>
    public WireFormatException Within(int index)
    {
        _segments.Add(index.ToString(CultureInfo.InvariantCulture));
        return this;
    }
}
