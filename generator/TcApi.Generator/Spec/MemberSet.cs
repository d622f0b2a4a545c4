using System.Collections.Generic;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Model;

namespace TcApi.Generator.Spec;

/// <summary>The members of an action's input or output, or of an object, while parsing; found by wire name.</summary>
internal sealed class MemberSet
{
    public List<MemberModel> Members { get; } = new();

    public Dictionary<string, MemberModel> ByWireName { get; } = new();

    public Dictionary<string, LocationInfo> ConstraintIdLocations { get; } = new();
}

/// <summary>Where members are being parsed: whose they are, and whether constraints and required mean anything there.</summary>
internal sealed record MemberContext(string Owner, string OwnerTypeName, MemberScope Role);
